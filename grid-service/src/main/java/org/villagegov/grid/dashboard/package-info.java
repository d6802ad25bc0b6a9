/** Grid indicators for the county and, side by side per county, for the province. */
package org.villagegov.grid.dashboard;
