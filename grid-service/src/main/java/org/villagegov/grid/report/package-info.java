/** Grid reports (incidents): from the grid worker's finding to closing and rating; disputes go to mediation. */
package org.villagegov.grid.report;
