/** Cross-cutting configuration of the council service. */
package org.villagegov.council.config;
