/** The mediators directory (level, place, specialties, caseload) and the assignment suggestion. */
package org.villagegov.mediation.mediator;
