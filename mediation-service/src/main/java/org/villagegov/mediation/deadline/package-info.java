/** Deadlines: the scheduled escalation of overdue cases, the overdue list and the follow-ups due. */
package org.villagegov.mediation.deadline;
