/** Cross-cutting configuration of the points service. */
package org.villagegov.points.config;
