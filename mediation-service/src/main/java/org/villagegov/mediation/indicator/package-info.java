/** Mediation's indicators as read models: the counters a county's cases make, day by day, per village. */
package org.villagegov.mediation.indicator;
