/** Cross-cutting configuration of the mediation service. */
package org.villagegov.mediation.config;
