/** Routes to the services and what every routed request carries. */
package org.villagegov.gateway.routing;
