/** The moral points bank's indicators, kept as read models by the platform (docs/indicators.md). */
package org.villagegov.points.indicator;
