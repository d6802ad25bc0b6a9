package org.villagegov.council.suggestion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.security.access.AccessDeniedException;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.messaging.AggregateRoot;

/**
 * A villager's suggestion ("bench meeting" loop): raised -> discussed at a bench meeting ->
 * solved on the spot, or assigned to a department / the township with a deadline -> feedback
 * -> rated once by the one who raised it; or found not feasible (with the reason, which earns no
 * adoption points: no {@code suggestion.resolved}). Assigned ones past their deadline show up as
 * overdue and are escalated to the township once.
 */
@Document("suggestions")
class Suggestion extends AggregateRoot {

    enum Status { RAISED, DISCUSSED, SOLVED_ON_SPOT, ASSIGNED, ANSWERED, NOT_FEASIBLE }

    record SuggestionResolved(String suggestionId, String townshipId, String villageId, String householdId,
                              LocalDate resolvedOn, Status outcome, boolean onTime) {
    }

    record SuggestionRaised(String suggestionId, String townshipId, String villageId, String householdId,
                            LocalDate raisedOn, String raisedByRole) {
    }

    record SuggestionAssigned(String suggestionId, String townshipId, String villageId, String assignee,
                              LocalDate deadline, LocalDate assignedOn) {
    }

    record SuggestionFoundNotFeasible(String suggestionId, String townshipId, String villageId, LocalDate decidedOn,
                                      boolean wasAssigned) {
    }

    @Id
    private String id;
    private String townshipId;
    @Indexed
    private String villageId;
    private String householdId;
    private String title;
    private String content;
    private String raisedBy;
    private String raisedByRole;
    private LocalDate raisedOn;
    private Instant raisedAt;
    @Indexed
    private Status status;
    private String meetingId;
    private String solution;
    private String assignee;
    private LocalDate deadline;
    /** The day it was assigned (null on suggestions assigned before this was kept: their day raised stands in). */
    private LocalDate assignedOn;
    private String feedback;
    private LocalDate resolvedOn;
    private Boolean onTime;
    private Integer rating;
    private String notFeasibleReason;
    /** Set once by the overdue sweep (a conditional update), with when: the township takes it up. */
    private boolean escalatedToTownship;
    private Instant escalatedAt;

    Suggestion() {
    }

    static Suggestion raise(String townshipId, String villageId, String householdId, String title, String content,
                            String by, String role, LocalDate today, Instant now) {
        Suggestion s = new Suggestion();
        s.id = UUID.randomUUID().toString();
        s.townshipId = townshipId;
        s.villageId = villageId;
        s.householdId = householdId;
        s.title = title;
        s.content = content;
        s.raisedBy = by;
        s.raisedByRole = role;
        s.raisedOn = today;
        s.raisedAt = now;
        s.status = Status.RAISED;
        // every change that moves the village's indicators raises an event naming the village
        s.raise("suggestion.raised", new SuggestionRaised(s.id, townshipId, villageId, householdId, today, role), now);
        return s;
    }

    /**
     * Talked through at a bench meeting. The bench meeting applies this very transition as a
     * conditional update ({@link Suggestions#discussedAt}), so a suggestion changed meanwhile is left as it is.
     */
    void discussedAt(String meeting) {
        require(Status.RAISED, "discuss");
        status = Status.DISCUSSED;
        meetingId = meeting;
    }

    void solveOnSpot(String how, LocalDate today, Instant now) {
        require(Status.DISCUSSED, "solve on the spot");
        status = Status.SOLVED_ON_SPOT;
        solution = how;
        resolve(today, true, now);
    }

    void assign(String to, LocalDate due, LocalDate today, Instant now) {
        require(Status.DISCUSSED, "assign");
        if (!due.isAfter(today)) {
            throw new RuleViolationException("deadline", "The deadline must be after today");
        }
        status = Status.ASSIGNED;
        assignee = to;
        deadline = due;
        assignedOn = today;
        raise("suggestion.assigned", new SuggestionAssigned(id, townshipId, villageId, to, due, today), now);
    }

    void answer(String text, LocalDate today, Instant now) {
        require(Status.ASSIGNED, "give feedback on");
        status = Status.ANSWERED;
        feedback = text;
        // feedback on the deadline day itself still counts as on time
        resolve(today, !today.isAfter(deadline), now);
    }

    /**
     * Discussed or assigned, and found not feasible: closed with the reason. No
     * {@code suggestion.resolved} (adoption points are for suggestions solved or answered), but
     * {@code suggestion.found-not-feasible}, which no one awards points for.
     */
    void notFeasible(String reason, LocalDate today, Instant now) {
        if (status != Status.DISCUSSED && status != Status.ASSIGNED) {
            throw new ConflictException("Only a discussed or assigned suggestion can be found not feasible; this one is " + status);
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("reason", "Say why the suggestion is not feasible");
        }
        boolean wasAssigned = status == Status.ASSIGNED;
        status = Status.NOT_FEASIBLE;
        notFeasibleReason = reason;
        resolvedOn = today;
        raise("suggestion.found-not-feasible", new SuggestionFoundNotFeasible(id, townshipId, villageId, today,
                wasAssigned), now);
    }

    void rate(int stars, String by) {
        if (!by.equals(raisedBy)) {
            throw new AccessDeniedException("Only the one who raised a suggestion rates it");
        }
        if (status != Status.SOLVED_ON_SPOT && status != Status.ANSWERED && status != Status.NOT_FEASIBLE) {
            throw new ConflictException("A suggestion is rated once it is solved, answered or found not feasible; this one is " + status);
        }
        if (rating != null) {
            throw new ConflictException("This suggestion was rated already");
        }
        rating = stars;
    }

    boolean overdue(LocalDate today) {
        return status == Status.ASSIGNED && deadline.isBefore(today);
    }

    private void resolve(LocalDate today, boolean inTime, Instant now) {
        resolvedOn = today;
        onTime = inTime;
        raise("suggestion.resolved", new SuggestionResolved(id, townshipId, villageId, householdId, today, status, inTime), now);
    }

    private void require(Status expected, String action) {
        if (status != expected) {
            throw new ConflictException("Cannot " + action + " a suggestion that is " + status);
        }
    }

    String id() {
        return id;
    }

    String townshipId() {
        return townshipId;
    }

    String villageId() {
        return villageId;
    }

    String householdId() {
        return householdId;
    }

    String title() {
        return title;
    }

    String content() {
        return content;
    }

    String raisedBy() {
        return raisedBy;
    }

    String raisedByRole() {
        return raisedByRole;
    }

    LocalDate raisedOn() {
        return raisedOn;
    }

    Status status() {
        return status;
    }

    String meetingId() {
        return meetingId;
    }

    String solution() {
        return solution;
    }

    String assignee() {
        return assignee;
    }

    LocalDate deadline() {
        return deadline;
    }

    LocalDate assignedOn() {
        return assignedOn;
    }

    String feedback() {
        return feedback;
    }

    LocalDate resolvedOn() {
        return resolvedOn;
    }

    Boolean onTime() {
        return onTime;
    }

    Integer rating() {
        return rating;
    }

    String notFeasibleReason() {
        return notFeasibleReason;
    }

    boolean escalatedToTownship() {
        return escalatedToTownship;
    }

    Instant escalatedAt() {
        return escalatedAt;
    }
}
