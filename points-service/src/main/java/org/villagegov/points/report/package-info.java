/** Leaderboards, the county report and the provincial side-by-side view, read from the passbooks. */
package org.villagegov.points.report;
