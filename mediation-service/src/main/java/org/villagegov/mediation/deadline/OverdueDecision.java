package org.villagegov.mediation.deadline;

import java.time.LocalDate;

import org.villagegov.mediation.dispute.MediationCase;
import org.villagegov.mediation.triage.Level;

/**
 * What the deadline check does with one case as of today: nothing (not overdue, or a county-level
 * case that is only waiting), escalate it one level with the reason, or flag a county-level
 * failed case once (it has nowhere higher to go).
 */
sealed interface OverdueDecision {

    record Nothing() implements OverdueDecision {
    }

    record FlagFailed() implements OverdueDecision {
    }

    record Escalate(String reason) implements OverdueDecision {
    }

    static OverdueDecision of(MediationCase c, LocalDate today) {
        if (!c.overdue(today)) {
            return new Nothing();
        }
        if (c.level() == Level.COUNTY) {
            return c.status() == MediationCase.Status.FAILED && c.overdueFlaggedOn() == null
                    ? new FlagFailed() : new Nothing();
        }
        String reason = switch (c.status()) {
            case OPEN -> "not accepted by " + c.acceptanceDeadline();
            case FAILED -> "failed and left waiting past " + c.failureDeadline();
            default -> "not resolved by " + c.resolutionDeadline();
        };
        return new Escalate("overdue: " + reason);
    }
}
