/**
 * Indicators as read models (docs/design.md "Analytics"): each service states its counters and
 * indicators ({@link org.villagegov.platform.indicator.IndicatorSource}) and how one village's
 * raw records turn into day-dated counter changes; the platform keeps those as small documents
 * per place (county, township, village) and per day and month, serves them for any period with
 * drill-down, and reconciles them against the raw records.
 */
package org.villagegov.platform.indicator;
