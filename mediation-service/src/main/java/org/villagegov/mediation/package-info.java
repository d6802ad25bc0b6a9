/** Mediation service: dispute mediation across three levels: intake, triage, mediators, sessions, agreements, judicial confirmation, deadlines and escalation, follow-up. */
package org.villagegov.mediation;
