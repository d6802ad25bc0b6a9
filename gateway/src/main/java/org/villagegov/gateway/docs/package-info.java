/** The API docs per county: Swagger UI that logs in to the county's realm and calls the gateway. */
package org.villagegov.gateway.docs;
