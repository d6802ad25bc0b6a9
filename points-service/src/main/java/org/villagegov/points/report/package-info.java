/** Leaderboards and the county report, read from the passbooks (the province reads the indicators). */
package org.villagegov.points.report;
