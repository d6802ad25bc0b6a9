package org.villagegov.grid.visit;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.villagegov.platform.messaging.AggregateRoot;

/**
 * A visit the grid owes a household because something happened elsewhere (black-listed in
 * the points bank, a mediation case closed). Open until a visit to the household closes it.
 * The id is derived from the event that caused it, so a redelivered event adds nothing.
 * Created and closed with an event naming the village ({@code follow-up.created},
 * {@code follow-up.closed}), so the village's indicators follow.
 */
@Document("follow_ups")
class FollowUpTask extends AggregateRoot {

    /** Due within a week of its creation, like every paired household's contact; overdue after. */
    static final int DUE_WITHIN_DAYS = VisitRules.CONTACT_EVERY_DAYS;

    @Id
    private final String id;
    @Indexed
    private final String householdId;
    private final String townshipId;
    @Indexed
    private final String villageId;
    private final String reason;
    private final String source;
    private final Instant createdAt;
    private final String closedByVisitId;
    /** The county day the visit closing it was logged (absent on tasks closed before it was recorded). */
    private LocalDate closedOn;

    FollowUpTask(String id, String householdId, String townshipId, String villageId, String reason, String source,
                 Instant createdAt, String closedByVisitId) {
        this.id = id;
        this.householdId = householdId;
        this.townshipId = townshipId;
        this.villageId = villageId;
        this.reason = reason;
        this.source = source;
        this.createdAt = createdAt;
        this.closedByVisitId = closedByVisitId;
    }

    static FollowUpTask create(String id, String householdId, String townshipId, String villageId, String reason,
                               String source, Instant now) {
        FollowUpTask task = new FollowUpTask(id, householdId, townshipId, villageId, reason, source, now, null);
        task.raise("follow-up.created", new FollowUpCreated(id, householdId, townshipId, villageId, source, now), now);
        return task;
    }

    /** Payload of {@code follow-up.created} (CONTRACTS.md). */
    record FollowUpCreated(String followUpId, String householdId, String townshipId, String villageId, String source,
                           Instant createdAt) {
    }

    /** Payload of {@code follow-up.closed} (CONTRACTS.md), one per task a visit closes. */
    record FollowUpClosed(String householdId, String townshipId, String villageId, String visitId, LocalDate closedOn) {
    }

    boolean open() {
        return closedByVisitId == null;
    }

    String id() {
        return id;
    }

    String householdId() {
        return householdId;
    }

    String townshipId() {
        return townshipId;
    }

    String villageId() {
        return villageId;
    }

    String reason() {
        return reason;
    }

    String source() {
        return source;
    }

    Instant createdAt() {
        return createdAt;
    }

    String closedByVisitId() {
        return closedByVisitId;
    }

    LocalDate closedOn() {
        return closedOn;
    }
}
