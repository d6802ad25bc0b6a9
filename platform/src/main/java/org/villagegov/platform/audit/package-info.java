/** Who changed what, when: recorded per tenant, readable by the county's administrators. */
package org.villagegov.platform.audit;
