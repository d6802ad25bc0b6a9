/**
 * The grid's indicators as read models (docs/indicators.md "grid-service"): which counters the
 * platform keeps, and how one village's raw records (households, micro-grids, pairings, visits,
 * follow-ups, grid reports) turn into day-dated counter changes. Reads the other features'
 * collections as plain documents, never writes them.
 */
package org.villagegov.grid.indicator;
