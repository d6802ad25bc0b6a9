package org.villagegov.mediation.dispute;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Roles;

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

    /** For the staff of the case's place: everything. */
    public static CaseView of(MediationCase c, LocalDate today) {
        return of(c, today, c.parties());
    }

    /**
     * For any caller: a villager or an integrator sees the other parties' contacts masked
     * ({@code 138****5678}), as personal data is everywhere on the platform; the staff see them whole.
     */
    public static CaseView of(MediationCase c, LocalDate today, PlatformUser user) {
        if (user.hasAnyRole(Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VILLAGE_CADRE, Roles.MEDIATOR)) {
            return of(c, today);
        }
        List<Party> parties = c.parties().stream()
                .map(p -> p.contact() == null || p.userId() != null && p.userId().equals(user.subject()) ? p
                        : new Party(p.id(), p.kind(), p.householdId(), p.townshipId(), p.villageId(), p.name(),
                        mask(p.contact()), p.userId()))
                .toList();
        return of(c, today, parties);
    }

    static String mask(String contact) {
        if (contact.length() <= 4) {
            return "****";
        }
        return contact.substring(0, 3) + "****" + contact.substring(contact.length() - Math.min(4, contact.length() - 3));
    }

    private static CaseView of(MediationCase c, LocalDate today, List<Party> parties) {
        return new CaseView(c.id(), c.source(), c.reportId(), c.referral(), c.townshipId(), c.villageId(), c.category(),
                c.description(), c.amount(), parties, c.level(), c.status(), c.overdue(today), c.risk(),
                c.mediatorId(), c.assignments(), c.openedAt(), c.openedBy(), c.acceptanceDeadline(), c.acceptedOn(),
                c.resolutionDeadline(), c.sessions(), c.agreement(), c.failures(), c.escalations(),
                c.judicialConfirmation(), c.followUpDue(), c.followUp(), c.outcome(), c.closedOn(), c.closingNotes(),
                c.ratings(), c.getVersion());
    }
}
