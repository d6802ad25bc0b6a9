package org.villagegov.mediation.dispute;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.villagegov.mediation.triage.Category;
import org.villagegov.mediation.triage.Level;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.messaging.AggregateRoot;

/**
 * A dispute in mediation. OPEN (waiting to be accepted at its level) -> IN_MEDIATION
 * (sessions) -> AGREED (follow-up, judicial confirmation) or FAILED (escalate one level,
 * which reopens it above, or refer to arbitration / litigation) -> CLOSED with an outcome.
 * Every transition is a method that guards its state; the events it raises are saved in
 * the same document write (outbox), so none is lost or published for a refused change.
 */
@Document("cases")
public class MediationCase extends AggregateRoot {

    public enum Source { GRID_REPORT, WALK_IN, HOTLINE, ONLINE, REFERRAL }

    public enum Status { OPEN, IN_MEDIATION, AGREED, FAILED, CLOSED }

    /** What a closed case ended with. */
    public enum Outcome { AGREEMENT_HONOURED, AGREEMENT_BROKEN, FAILED, REFERRED_ARBITRATION, REFERRED_LITIGATION }

    public enum Referrer { POLICE, COURT }

    public enum RiskKind { PETITION, VIOLENCE }

    public enum Forum { ARBITRATION, LITIGATION }

    public enum JudicialStatus { REQUESTED, CONFIRMED, REFUSED }

    public record Referral(Referrer by, String reference) {
    }

    public record Risk(RiskKind kind, String reason, String flaggedBy, Instant flaggedAt) {
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

    /**
     * A move one level up. {@code on} is the county day it happened; the deadlines and the
     * acceptance are those of the level left (the case's own fields start again above), so the
     * indicators can still tell when the case was overdue there. Escalations stored before these
     * were kept have them null.
     */
    public record Escalation(Level fromLevel, Level toLevel, String reason, String by, Instant at, LocalDate on,
                             LocalDate acceptanceDeadline, LocalDate acceptedOn, LocalDate resolutionDeadline,
                             LocalDate failureDeadline) {
    }

    public record JudicialConfirmation(String court, LocalDate requestedOn, JudicialStatus status, LocalDate answeredOn,
                                       String reason) {
    }

    public record FollowUp(boolean honoured, String notes, LocalDate on, String by) {
    }

    /**
     * A party's satisfaction. {@code paper}: recorded by staff from a paper form (then
     * {@code recordedBy} is that staff account); otherwise the party's own account gave it.
     */
    public record Rating(String partyId, int score, String comment, String by, Instant at, boolean paper,
                         String recordedBy) {
    }

    @Id
    private String id;
    private Source source;
    /** A grid report's case has the id {@code grid-<reportId>}: a redelivered report cannot open a second one. */
    private String reportId;
    private Referral referral;
    private String townshipId;
    @Indexed
    private String villageId;
    private Category category;
    private String description;
    private long amount;
    private List<Party> parties = new ArrayList<>();
    private Level level;
    private Status status;
    private Risk risk;
    private String mediatorId;
    private List<Assignment> assignments = new ArrayList<>();
    private Instant openedAt;
    private LocalDate openedOn;
    private String openedBy;
    private LocalDate acceptanceDeadline;
    private LocalDate acceptedOn;
    private LocalDate resolutionDeadline;
    private List<Session> sessions = new ArrayList<>();
    private Agreement agreement;
    private List<Failure> failures = new ArrayList<>();
    /** A failed case must be escalated, referred or closed by then; past it, the deadline check acts. */
    private LocalDate failureDeadline;
    /** When the deadline check found a county-level failed case past its deadline (nowhere higher to send it). */
    private LocalDate overdueFlaggedOn;
    private List<Escalation> escalations = new ArrayList<>();
    private JudicialConfirmation judicialConfirmation;
    private LocalDate followUpDue;
    private FollowUp followUp;
    private Outcome outcome;
    private LocalDate closedOn;
    private String closingNotes;
    private List<Rating> ratings = new ArrayList<>();

    MediationCase() {
    }

    /** The facts of a new case, as intake gathered them. */
    public record Intake(String id, Source source, String reportId, Referral referral, String townshipId,
                         String villageId, Category category, String description, long amount, List<Party> parties,
                         Level level, String openedBy) {
    }

    /** Opens a case at the triaged level; it must be accepted by {@code acceptanceDeadline}. */
    public static MediationCase open(Intake intake, LocalDate today, int acceptanceDays, Instant now) {
        MediationCase c = new MediationCase();
        c.id = intake.id();
        c.source = intake.source();
        c.reportId = intake.reportId();
        c.referral = intake.referral();
        c.townshipId = intake.townshipId();
        c.villageId = intake.villageId();
        c.category = intake.category();
        c.description = intake.description();
        c.amount = intake.amount();
        c.parties = List.copyOf(intake.parties());
        c.level = intake.level();
        c.status = Status.OPEN;
        c.openedAt = now;
        c.openedOn = today;
        c.openedBy = intake.openedBy();
        c.acceptanceDeadline = today.plusDays(acceptanceDays);
        c.raise("case.opened", new CaseOpened(c.id, c.source.name(), c.reportId, c.level.name(), c.townshipId,
                c.villageId, c.category.name()), now);
        return c;
    }

    /**
     * Re-classifying before acceptance re-runs triage: the level may change, the assignment then
     * goes. Never below the level an escalation reached: otherwise whoever handed a case up could
     * pull it back down by re-classifying it.
     */
    void reclassify(Category newCategory, long newAmount, Level triaged, Instant now) {
        require("reclassify", Status.OPEN);
        category = newCategory;
        amount = newAmount;
        relevel(triaged, now);
    }

    /**
     * The parties of a case from a grid report, added or corrected by the staff before acceptance
     * (the report carries household ids only); triage runs again on them.
     */
    public void correctParties(List<Party> corrected, Level triaged, Instant now) {
        require("correct the parties of", Status.OPEN);
        if (source != Source.GRID_REPORT) {
            throw new ConflictException("Only the parties of a case from a grid report are corrected; intake checked the others");
        }
        parties = List.copyOf(corrected);
        relevel(triaged, now);
    }

    /** A new level corrects the triage: the case counts at that level from the start of its stay there. */
    private void relevel(Level triaged, Instant now) {
        Level to = triaged.atLeast(escalatedTo());
        if (to != level) {
            raise("case.retriaged", new CaseRetriaged(id, level.name(), to.name(), townshipId, villageId), now);
            level = to;
            mediatorId = null;
        }
    }

    /** The highest level an escalation brought the case to; null when never escalated. */
    Level escalatedTo() {
        return escalations.stream().map(Escalation::toLevel).max(Enum::compareTo).orElse(null);
    }

    void assign(String mediator, String suggested, String overrideReason, String by, Instant now) {
        require("assign a mediator to", Status.OPEN, Status.IN_MEDIATION);
        mediatorId = mediator;
        assignments.add(new Assignment(mediator, suggested, overrideReason, by, now));
    }

    void accept(LocalDate today, int resolutionDays, Instant now) {
        require("accept", Status.OPEN);
        if (mediatorId == null) {
            throw new ConflictException("Assign a mediator before accepting the case");
        }
        if (today.isAfter(acceptanceDeadline)) {
            throw new ConflictException("The acceptance deadline (" + acceptanceDeadline + ") has passed; the case escalates");
        }
        status = Status.IN_MEDIATION;
        acceptedOn = today;
        resolutionDeadline = today.plusDays(resolutionDays);
        raise("case.accepted", new CaseAccepted(id, level.name(), townshipId, villageId, today), now);
    }

    void recordSession(LocalDate heldOn, List<String> attendees, String notes, String by, LocalDate today) {
        require("record a session of", Status.IN_MEDIATION);
        if (heldOn.isAfter(today)) {
            throw new RuleViolationException("heldOn", "A session cannot be recorded for a future day");
        }
        if (heldOn.isBefore(acceptedOn)) {
            throw new RuleViolationException("heldOn", "A session cannot precede the acceptance (" + acceptedOn + ")");
        }
        sessions.add(new Session(sessions.size() + 1, heldOn, List.copyOf(attendees), notes, by));
    }

    /** Every party signs the agreement; households that signed are the reconciling ones (points-service credits them). */
    void agree(String terms, List<Signature> signatures, String by, LocalDate today, int followUpDays, Instant now) {
        require("record an agreement on", Status.IN_MEDIATION);
        if (parties.size() < 2) {
            throw new RuleViolationException("parties", "An agreement is between at least two parties; add the other side first");
        }
        if (sessions.isEmpty()) {
            throw new ConflictException("An agreement needs at least one mediation session first");
        }
        Set<String> partyIds = parties.stream().map(Party::id).collect(Collectors.toSet());
        Set<String> signed = signatures.stream().map(Signature::partyId).collect(Collectors.toSet());
        if (!partyIds.containsAll(signed)) {
            throw new RuleViolationException("signatures", "Only parties of the case sign: " + partyIds);
        }
        if (!signed.containsAll(partyIds) || signed.size() != signatures.size()) {
            throw new RuleViolationException("signatures", "Every party signs the agreement exactly once: " + partyIds);
        }
        for (Signature signature : signatures) {
            if (signature.signedOn().isAfter(today)) {
                throw new RuleViolationException("signatures", "A signature cannot be dated in the future");
            }
        }
        status = Status.AGREED;
        agreement = new Agreement(terms, List.copyOf(signatures), today, by);
        followUpDue = today.plusDays(followUpDays);
        raise("case.resolved", new CaseResolved(id, "AGREEMENT", householdIds(), townshipId, villageId, today), now);
    }

    /** A failure leaves the case waiting for the next step (escalate, refer or close) for {@code nextStepDays}. */
    void fail(String reason, LocalDate today, int nextStepDays, Instant now) {
        require("record a failure of", Status.IN_MEDIATION);
        status = Status.FAILED;
        failures.add(new Failure(reason, today, level));
        failureDeadline = today.plusDays(nextStepDays);
        raise("case.failed", new CaseFailed(id, level.name(), townshipId, villageId, today), now);
    }

    /**
     * One level up, back to OPEN there with a new acceptance deadline and no mediator: a failed
     * case, an overdue one, or one a person judges too big for its level.
     */
    public void escalate(String reason, String by, LocalDate today, int acceptanceDays, Instant now) {
        require("escalate", Status.OPEN, Status.IN_MEDIATION, Status.FAILED);
        Level to = level.above();
        if (to == null) {
            throw new ConflictException("The case is already at the county level; refer it to arbitration or litigation");
        }
        escalations.add(new Escalation(level, to, reason, by, now, today, acceptanceDeadline, acceptedOn,
                resolutionDeadline, failureDeadline));
        raise("case.escalated", new CaseEscalated(id, level.name(), to.name(), reason, townshipId, villageId), now);
        level = to;
        status = Status.OPEN;
        mediatorId = null;
        acceptanceDeadline = today.plusDays(acceptanceDays);
        acceptedOn = null;
        resolutionDeadline = null;
        failureDeadline = null;
        overdueFlaggedOn = null;
    }

    /** After a failure: the parties go to arbitration or to court; the case closes as referred. */
    void refer(Forum forum, String notes, LocalDate today, Instant now) {
        require("refer", Status.FAILED);
        close(forum == Forum.ARBITRATION ? Outcome.REFERRED_ARBITRATION : Outcome.REFERRED_LITIGATION, notes, today, now);
    }

    void recordFollowUp(boolean honoured, String notes, String by, LocalDate today) {
        require("follow up", Status.AGREED);
        if (followUp != null) {
            throw new ConflictException("The follow-up of this agreement was already recorded");
        }
        followUp = new FollowUp(honoured, notes, today, by);
    }

    /** Closing records the outcome: an agreement after its follow-up, or a failure not taken further. */
    void close(String notes, LocalDate today, Instant now) {
        if (status == Status.AGREED) {
            if (followUp == null) {
                throw new ConflictException("Record the follow-up (was the agreement honoured?) before closing");
            }
            close(followUp.honoured() ? Outcome.AGREEMENT_HONOURED : Outcome.AGREEMENT_BROKEN, notes, today, now);
        } else if (status == Status.FAILED) {
            close(Outcome.FAILED, notes, today, now);
        } else {
            throw new ConflictException("A case that is " + status + " has no outcome to close with");
        }
    }

    private void close(Outcome result, String notes, LocalDate today, Instant now) {
        status = Status.CLOSED;
        outcome = result;
        closedOn = today;
        closingNotes = notes;
        raise("case.closed", new CaseClosed(id, result.name(), householdIds(), townshipId, villageId, today), now);
    }

    void requestJudicialConfirmation(String court, LocalDate today) {
        if (agreement == null || status == Status.CLOSED && outcome != Outcome.AGREEMENT_HONOURED) {
            throw new ConflictException("Only an agreement can be sent for judicial confirmation");
        }
        if (judicialConfirmation != null) {
            throw new ConflictException("Judicial confirmation was already requested on " + judicialConfirmation.requestedOn());
        }
        judicialConfirmation = new JudicialConfirmation(court, today, JudicialStatus.REQUESTED, null, null);
    }

    void recordCourtAnswer(boolean confirmed, String reason, LocalDate answeredOn, LocalDate today) {
        if (judicialConfirmation == null || judicialConfirmation.status() != JudicialStatus.REQUESTED) {
            throw new ConflictException("There is no pending request for judicial confirmation");
        }
        if (!confirmed && (reason == null || reason.isBlank())) {
            throw new RuleViolationException("reason", "A refusal is recorded with the court's reason");
        }
        if (answeredOn.isAfter(today) || answeredOn.isBefore(judicialConfirmation.requestedOn())) {
            throw new RuleViolationException("answeredOn", "The answer date lies between the request and today");
        }
        judicialConfirmation = new JudicialConfirmation(judicialConfirmation.court(), judicialConfirmation.requestedOn(),
                confirmed ? JudicialStatus.CONFIRMED : JudicialStatus.REFUSED, answeredOn, reason);
    }

    void flagRisk(RiskKind kind, String reason, String by, Instant now) {
        if (status == Status.CLOSED) {
            throw new ConflictException("A closed case is not flagged");
        }
        risk = new Risk(kind, reason, by, now);
    }

    void clearRisk() {
        if (risk == null) {
            throw new ConflictException("The case is not flagged");
        }
        risk = null;
    }

    /** Each party rates once, after the mediation ended (agreement, failure or closing). */
    void rate(String partyId, int score, String comment, String by, boolean paper, Instant now) {
        require("rate", Status.AGREED, Status.FAILED, Status.CLOSED);
        if (party(partyId) == null) {
            throw new RuleViolationException("partyId", "No party '" + partyId + "' in this case");
        }
        if (ratings.stream().anyMatch(r -> r.partyId().equals(partyId))) {
            throw new ConflictException("Party '" + partyId + "' has already rated this case");
        }
        ratings.add(new Rating(partyId, score, comment, by, now, paper, paper ? by : null));
    }

    /** Past its acceptance, resolution or next-step-after-failure deadline and still waiting (county time, whole days). */
    public boolean overdue(LocalDate today) {
        return status == Status.OPEN && today.isAfter(acceptanceDeadline)
                || status == Status.IN_MEDIATION && resolutionDeadline != null && today.isAfter(resolutionDeadline)
                || status == Status.FAILED && failureDeadline != null && today.isAfter(failureDeadline);
    }

    Party party(String partyId) {
        return parties.stream().filter(p -> p.id().equals(partyId)).findFirst().orElse(null);
    }

    List<String> householdIds() {
        return parties.stream().filter(p -> p.kind() == Party.Kind.HOUSEHOLD).map(Party::householdId).distinct().toList();
    }

    private void require(String action, Status... allowed) {
        for (Status s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new ConflictException("Cannot " + action + " a case that is " + status);
    }

    record CaseOpened(String caseId, String source, String reportId, String level, String townshipId, String villageId,
                      String category) {
    }

    record CaseRetriaged(String caseId, String fromLevel, String toLevel, String townshipId, String villageId) {
    }

    record CaseAccepted(String caseId, String level, String townshipId, String villageId, LocalDate acceptedOn) {
    }

    record CaseFailed(String caseId, String level, String townshipId, String villageId, LocalDate failedOn) {
    }

    record CaseEscalated(String caseId, String fromLevel, String toLevel, String reason, String townshipId,
                         String villageId) {
    }

    record CaseResolved(String caseId, String outcome, List<String> reconcilingHouseholdIds, String townshipId,
                        String villageId, LocalDate resolvedOn) {
    }

    record CaseClosed(String caseId, String outcome, List<String> householdIds, String townshipId, String villageId,
                      LocalDate closedOn) {
    }

    // ---- read accessors

    public String id() { return id; }
    public Source source() { return source; }
    public String reportId() { return reportId; }
    public Referral referral() { return referral; }
    public String townshipId() { return townshipId; }
    public String villageId() { return villageId; }
    public Category category() { return category; }
    public String description() { return description; }
    public long amount() { return amount; }
    public List<Party> parties() { return Collections.unmodifiableList(parties); }
    public Level level() { return level; }
    public Status status() { return status; }
    public Risk risk() { return risk; }
    public String mediatorId() { return mediatorId; }
    public List<Assignment> assignments() { return Collections.unmodifiableList(assignments); }
    public Instant openedAt() { return openedAt; }
    public LocalDate openedOn() { return openedOn; }
    public String openedBy() { return openedBy; }
    public LocalDate acceptanceDeadline() { return acceptanceDeadline; }
    public LocalDate acceptedOn() { return acceptedOn; }
    public LocalDate resolutionDeadline() { return resolutionDeadline; }
    public List<Session> sessions() { return Collections.unmodifiableList(sessions); }
    public Agreement agreement() { return agreement; }
    public List<Failure> failures() { return Collections.unmodifiableList(failures); }
    public LocalDate failureDeadline() { return failureDeadline; }
    public LocalDate overdueFlaggedOn() { return overdueFlaggedOn; }
    public List<Escalation> escalations() { return Collections.unmodifiableList(escalations); }
    public JudicialConfirmation judicialConfirmation() { return judicialConfirmation; }
    public LocalDate followUpDue() { return followUpDue; }
    public FollowUp followUp() { return followUp; }
    public Outcome outcome() { return outcome; }
    public LocalDate closedOn() { return closedOn; }
    public String closingNotes() { return closingNotes; }
    public List<Rating> ratings() { return Collections.unmodifiableList(ratings); }
}
