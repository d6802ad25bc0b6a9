/** Micro-grids of a village: their households (within the county's limit) and grid workers. */
package org.villagegov.grid.microgrid;
