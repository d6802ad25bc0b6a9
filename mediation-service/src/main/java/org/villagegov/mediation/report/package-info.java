/** Mediation figures for the county (or a township), worked out from its cases; the province reads the indicators. */
package org.villagegov.mediation.report;
