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
                       LocalDate failureDeadline, List<MediationCase.Escalation> escalations,
                       MediationCase.JudicialConfirmation judicialConfirmation, LocalDate followUpDue,
                       MediationCase.FollowUp followUp, MediationCase.Outcome outcome, LocalDate closedOn,
                       String closingNotes, List<MediationCase.Rating> ratings, Long version) {

    /** For the staff of the case's place: everything. */
    public static CaseView of(MediationCase c, LocalDate today) {
        return of(c, today, c.parties());
    }

    /**
     * For any caller. The staff (county admin, township officer, village cadre, mediator) see
     * everything. Everyone else (a villager who is a party, an integrator such as a hotline
     * system) sees what the parties may know: the other parties' contacts masked
     * ({@code 138****5678}, short numbers too); of another household party only what the
     * caller gave (its id), never what grid-service knows about it (head's name, township,
     * village); no risk flag; none of the staff's internal notes (session notes, reasons for
     * an assignment override, a failure or an escalation, follow-up and closing notes).
     */
    public static CaseView of(MediationCase c, LocalDate today, PlatformUser user) {
        if (user.hasAnyRole(Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VILLAGE_CADRE, Roles.MEDIATOR)) {
            return of(c, today);
        }
        List<Party> parties = c.parties().stream().map(p -> asSeenBy(p, user)).toList();
        CaseView full = of(c, today, parties);
        return new CaseView(full.id, full.source, full.reportId, full.referral, full.townshipId, full.villageId,
                full.category, full.description, full.amount, parties, full.level, full.status, full.overdue,
                null, full.mediatorId,
                full.assignments.stream().map(a -> new MediationCase.Assignment(a.mediatorId(), null, null, null, a.at())).toList(),
                full.openedAt, full.openedBy, full.acceptanceDeadline, full.acceptedOn, full.resolutionDeadline,
                full.sessions.stream().map(s -> new MediationCase.Session(s.number(), s.heldOn(), List.of(), null, null)).toList(),
                full.agreement,
                full.failures.stream().map(f -> new MediationCase.Failure(null, f.failedOn(), f.atLevel())).toList(),
                full.failureDeadline,
                full.escalations.stream().map(e -> new MediationCase.Escalation(e.fromLevel(), e.toLevel(), null, null, e.at())).toList(),
                full.judicialConfirmation, full.followUpDue,
                full.followUp == null ? null : new MediationCase.FollowUp(full.followUp.honoured(), null, full.followUp.on(), null),
                full.outcome, full.closedOn, null, full.ratings, full.version);
    }

    /** The caller's own party whole; another party with its contact masked and nothing grid-service told us. */
    private static Party asSeenBy(Party p, PlatformUser user) {
        if (p.userId() != null && p.userId().equals(user.subject())) {
            return p;
        }
        String contact = p.contact() == null ? null : mask(p.contact());
        if (p.kind() == Party.Kind.HOUSEHOLD) {
            return new Party(p.id(), p.kind(), p.householdId(), null, null, null, contact, null);
        }
        return new Party(p.id(), p.kind(), null, null, null, p.name(), contact, null);
    }

    /**
     * A phone number of 11 digits or more keeps its first 3 and last 4 digits
     * ({@code 138****5678}); a shorter one (a 7-8 digit landline, a short code) keeps only its
     * last 2, else the whole of a landline would show; 6 digits or fewer keep nothing.
     */
    static String mask(String contact) {
        String digits = contact.replaceAll("\\D", "");
        if (digits.length() >= 11) {
            return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
        }
        if (digits.length() >= 7) {
            return "****" + digits.substring(digits.length() - 2);
        }
        return "****";
    }

    private static CaseView of(MediationCase c, LocalDate today, List<Party> parties) {
        return new CaseView(c.id(), c.source(), c.reportId(), c.referral(), c.townshipId(), c.villageId(), c.category(),
                c.description(), c.amount(), parties, c.level(), c.status(), c.overdue(today), c.risk(),
                c.mediatorId(), c.assignments(), c.openedAt(), c.openedBy(), c.acceptanceDeadline(), c.acceptedOn(),
                c.resolutionDeadline(), c.sessions(), c.agreement(), c.failures(), c.failureDeadline(), c.escalations(),
                c.judicialConfirmation(), c.followUpDue(), c.followUp(), c.outcome(), c.closedOn(), c.closingNotes(),
                c.ratings(), c.getVersion());
    }
}
