/** Grid service: the region tree, grids and micro-grids, household files, party-member pairing and weekly visits, grid reports. The backbone the other services refer to. */
package org.villagegov.grid;
