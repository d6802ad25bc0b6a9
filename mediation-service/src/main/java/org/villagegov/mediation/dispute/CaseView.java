package org.villagegov.mediation.dispute;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.villagegov.mediation.triage.Category;
import org.villagegov.mediation.triage.Level;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Roles;

/**
 * A case as the API shows it, never the document itself: its nested records are the view's own
 * (same names and JSON fields as the document's today), so the stored shape can change without
 * the API changing.
 */
public record CaseView(String id, MediationCase.Source source, String reportId, Referral referral,
                       String townshipId, String villageId, Category category, String description, long amount,
                       List<Party> parties, Level level, MediationCase.Status status, boolean overdue,
                       Risk risk, String mediatorId, List<Assignment> assignments,
                       Instant openedAt, String openedBy, LocalDate acceptanceDeadline, LocalDate acceptedOn,
                       LocalDate resolutionDeadline, List<Session> sessions,
                       Agreement agreement, List<Failure> failures,
                       LocalDate failureDeadline, List<Escalation> escalations,
                       JudicialConfirmation judicialConfirmation, LocalDate followUpDue,
                       FollowUp followUp, MediationCase.Outcome outcome, LocalDate closedOn,
                       String closingNotes, List<Rating> ratings, Long version) {

    public record Referral(MediationCase.Referrer by, String reference) {
    }

    public record Party(String id, org.villagegov.mediation.dispute.Party.Kind kind, String householdId,
                        String townshipId, String villageId, String name, String contact, String userId) {
    }

    public record Risk(MediationCase.RiskKind kind, String reason, String flaggedBy, Instant flaggedAt) {
    }

    public record Assignment(String mediatorId, String suggestedId, String overrideReason, String by, Instant at) {
    }

    public record Session(int number, LocalDate heldOn, List<String> attendees, String notes, String recordedBy) {
    }

    public record Signature(String partyId, LocalDate signedOn) {
    }

    public record Agreement(String terms, List<Signature> signatures, LocalDate reachedOn, String recordedBy) {
    }

    public record Failure(String reason, LocalDate failedOn, Level atLevel) {
    }

    public record Escalation(Level fromLevel, Level toLevel, String reason, String by, Instant at) {
    }

    public record JudicialConfirmation(String court, LocalDate requestedOn, MediationCase.JudicialStatus status,
                                       LocalDate answeredOn, String reason) {
    }

    public record FollowUp(boolean honoured, String notes, LocalDate on, String by) {
    }

    public record Rating(String partyId, int score, String comment, String by, Instant at, boolean paper,
                         String recordedBy) {
    }

    /** For the staff of the case's place: everything. */
    public static CaseView of(MediationCase c, LocalDate today) {
        return new CaseView(c.id(), c.source(), c.reportId(), referral(c.referral()), c.townshipId(), c.villageId(),
                c.category(), c.description(), c.amount(), c.parties().stream().map(CaseView::party).toList(), c.level(),
                c.status(), c.overdue(today), risk(c.risk()), c.mediatorId(),
                c.assignments().stream().map(a -> new Assignment(a.mediatorId(), a.suggestedId(), a.overrideReason(),
                        a.by(), a.at())).toList(),
                c.openedAt(), c.openedBy(), c.acceptanceDeadline(), c.acceptedOn(), c.resolutionDeadline(),
                c.sessions().stream().map(s -> new Session(s.number(), s.heldOn(), s.attendees(), s.notes(),
                        s.recordedBy())).toList(),
                agreement(c.agreement()),
                c.failures().stream().map(f -> new Failure(f.reason(), f.failedOn(), f.atLevel())).toList(),
                c.failureDeadline(),
                c.escalations().stream().map(e -> new Escalation(e.fromLevel(), e.toLevel(), e.reason(), e.by(),
                        e.at())).toList(),
                judicialConfirmation(c.judicialConfirmation()), c.followUpDue(), followUp(c.followUp()), c.outcome(),
                c.closedOn(), c.closingNotes(),
                c.ratings().stream().map(r -> new Rating(r.partyId(), r.score(), r.comment(), r.by(), r.at(), r.paper(),
                        r.recordedBy())).toList(),
                c.version());
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
        CaseView full = of(c, today);
        if (user.hasAnyRole(Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VILLAGE_CADRE, Roles.MEDIATOR)) {
            return full;
        }
        return new CaseView(full.id, full.source, full.reportId, full.referral, full.townshipId, full.villageId,
                full.category, full.description, full.amount,
                full.parties.stream().map(p -> asSeenBy(p, user)).toList(), full.level, full.status, full.overdue,
                null, full.mediatorId,
                full.assignments.stream().map(a -> new Assignment(a.mediatorId(), null, null, null, a.at())).toList(),
                full.openedAt, full.openedBy, full.acceptanceDeadline, full.acceptedOn, full.resolutionDeadline,
                full.sessions.stream().map(s -> new Session(s.number(), s.heldOn(), List.of(), null, null)).toList(),
                full.agreement,
                full.failures.stream().map(f -> new Failure(null, f.failedOn(), f.atLevel())).toList(),
                full.failureDeadline,
                full.escalations.stream().map(e -> new Escalation(e.fromLevel(), e.toLevel(), null, null, e.at())).toList(),
                full.judicialConfirmation, full.followUpDue,
                full.followUp == null ? null : new FollowUp(full.followUp.honoured(), null, full.followUp.on(), null),
                full.outcome, full.closedOn, null, full.ratings, full.version);
    }

    /** The caller's own party whole; another party with its contact masked and nothing grid-service told us. */
    private static Party asSeenBy(Party p, PlatformUser user) {
        if (p.userId() != null && p.userId().equals(user.subject())) {
            return p;
        }
        String contact = p.contact() == null ? null : mask(p.contact());
        if (p.kind() == org.villagegov.mediation.dispute.Party.Kind.HOUSEHOLD) {
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

    private static Party party(org.villagegov.mediation.dispute.Party p) {
        return new Party(p.id(), p.kind(), p.householdId(), p.townshipId(), p.villageId(), p.name(), p.contact(),
                p.userId());
    }

    private static Referral referral(MediationCase.Referral r) {
        return r == null ? null : new Referral(r.by(), r.reference());
    }

    private static Risk risk(MediationCase.Risk r) {
        return r == null ? null : new Risk(r.kind(), r.reason(), r.flaggedBy(), r.flaggedAt());
    }

    private static Agreement agreement(MediationCase.Agreement a) {
        return a == null ? null : new Agreement(a.terms(),
                a.signatures().stream().map(s -> new Signature(s.partyId(), s.signedOn())).toList(), a.reachedOn(),
                a.recordedBy());
    }

    private static JudicialConfirmation judicialConfirmation(MediationCase.JudicialConfirmation j) {
        return j == null ? null : new JudicialConfirmation(j.court(), j.requestedOn(), j.status(), j.answeredOn(), j.reason());
    }

    private static FollowUp followUp(MediationCase.FollowUp f) {
        return f == null ? null : new FollowUp(f.honoured(), f.notes(), f.on(), f.by());
    }
}
