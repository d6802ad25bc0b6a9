/** Mediation figures for the county (or a township) and, side by side per county, for the province. */
package org.villagegov.mediation.report;
