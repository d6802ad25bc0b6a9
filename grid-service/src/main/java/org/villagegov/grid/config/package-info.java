/** Cross-cutting configuration of the grid service. */
package org.villagegov.grid.config;
