/** Checks of the dates a request names (bounds, order), shared by the features that take periods. */
package org.villagegov.points.period;
