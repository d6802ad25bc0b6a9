package org.villagegov.mediation.dispute;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A case as the API shows it (never the document itself). */
public record CaseView(String id, MediationCase.Source source, String reportId, MediationCase.Referral referral,
                       String townshipId, String villageId, Category category, String description, long amount,
                       List<Party> parties, Level level, MediationCase.Status status, boolean overdue,
                       MediationCase.Risk risk, String mediatorId, List<MediationCase.Assignment> assignments,
                       Instant openedAt, String openedBy, LocalDate acceptanceDeadline, LocalDate acceptedOn,
                       LocalDate resolutionDeadline, List<MediationCase.Session> sessions,
                       MediationCase.Agreement agreement, List<MediationCase.Failure> failures,
                       List<MediationCase.Escalation> escalations,
                       MediationCase.JudicialConfirmation judicialConfirmation, LocalDate followUpDue,
                       MediationCase.FollowUp followUp, MediationCase.Outcome outcome, LocalDate closedOn,
                       String closingNotes, List<MediationCase.Rating> ratings, Long version) {

    public static CaseView of(MediationCase c, LocalDate today) {
        return new CaseView(c.id(), c.source(), c.reportId(), c.referral(), c.townshipId(), c.villageId(), c.category(),
                c.description(), c.amount(), c.parties(), c.level(), c.status(), c.overdue(today), c.risk(),
                c.mediatorId(), c.assignments(), c.openedAt(), c.openedBy(), c.acceptanceDeadline(), c.acceptedOn(),
                c.resolutionDeadline(), c.sessions(), c.agreement(), c.failures(), c.escalations(),
                c.judicialConfirmation(), c.followUpDue(), c.followUp(), c.outcome(), c.closedOn(), c.closingNotes(),
                c.ratings(), c.getVersion());
    }
}
