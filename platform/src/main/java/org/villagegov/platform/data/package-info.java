/** One MongoDB database per tenant, and the indexes created in each. */
package org.villagegov.platform.data;
