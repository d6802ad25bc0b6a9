package org.villagegov.points.account;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.messaging.AggregateRoot;

/**
 * A correction of a passbook, decided by two people like an award: PROPOSED -> POSTING ->
 * APPROVED, or REJECTED. Only an approved correction reaches the passbook, as the entry
 * {@code correction:<id>} (so it posts once, even when an approval is repeated after a crash in
 * POSTING). {@code limitKey} names the household's monthly limit counter it holds a place in.
 * Reaching APPROVED raises {@code correction.approved} in the same write (its outbox, with the
 * version, comes from {@link AggregateRoot}).
 */
@Document("corrections")
class Correction extends AggregateRoot {

    enum Status { PROPOSED, POSTING, APPROVED, REJECTED }

    /** Why a passbook is corrected; {@code reason} says the rest. */
    enum Category { DATA_ENTRY_ERROR, DUPLICATE_AWARD, REVERSED_DECISION, OTHER }

    @Id
    private String id;
    @Indexed
    private String householdId;
    private String townshipId;
    private String villageId;
    private String gridId;
    private long amount;
    private Category category;
    private String reason;
    private String limitKey;
    private Status status;
    private String proposedBy;
    private Instant proposedAt;
    private String decidedBy;
    private Instant decidedAt;
    private String rejectionReason;

    Correction() {
    }

    static Correction propose(String id, String householdId, String townshipId, String villageId, String gridId,
                              long amount, Category category, String reason, String limitKey, String by, Instant at) {
        Correction correction = new Correction();
        correction.id = id;
        correction.householdId = householdId;
        correction.townshipId = townshipId;
        correction.villageId = villageId;
        correction.gridId = gridId;
        correction.amount = amount;
        correction.category = category;
        correction.reason = reason;
        correction.limitKey = limitKey;
        correction.status = Status.PROPOSED;
        correction.proposedBy = by;
        correction.proposedAt = at;
        return correction;
    }

    /** Four eyes: whoever proposed may not decide. */
    void checkDecider(String by) {
        if (by.equals(proposedBy)) {
            throw new RuleViolationException("approver", "The proposer of a correction may not decide it");
        }
    }

    /**
     * Whether {@code by} may approve now: a second person, while it is PROPOSED or was left in
     * POSTING by a crash (approving again finishes it; the entry posts once).
     */
    void checkApprovable(String by) {
        checkDecider(by);
        if (status != Status.PROPOSED && status != Status.POSTING) {
            throw new ConflictException("Correction " + id + " is " + status + " and cannot be approved");
        }
    }

    /** A correction still PROPOSED is claimed for posting first, so only one decider posts it. */
    boolean awaitsClaim() {
        return status == Status.PROPOSED;
    }

    void reject(String by, String why, Instant at) {
        checkDecider(by);
        if (status != Status.PROPOSED) {
            throw new ConflictException("Correction " + id + " is " + status + " and cannot be rejected");
        }
        status = Status.REJECTED;
        decidedBy = by;
        decidedAt = at;
        rejectionReason = why;
    }

    /** Payload of {@code correction.approved} (CONTRACTS.md): the correction reached the passbook. */
    record Approved(String correctionId, String householdId, String townshipId, String villageId, long amount,
                    Category category) {
    }

    Approved approvedEvent() {
        return new Approved(id, householdId, townshipId, villageId, amount, category);
    }

    Posting posting() {
        return new Posting("correction:" + id, householdId, townshipId, villageId, gridId, amount,
                Posting.Source.CORRECTION, null, null, id, category + ": " + reason, decidedBy);
    }

    String id() { return id; }
    String householdId() { return householdId; }
    String townshipId() { return townshipId; }
    String villageId() { return villageId; }
    long amount() { return amount; }
    Category category() { return category; }
    String reason() { return reason; }
    String limitKey() { return limitKey; }
    Status status() { return status; }
    String proposedBy() { return proposedBy; }
    Instant proposedAt() { return proposedAt; }
    String decidedBy() { return decidedBy; }
    Instant decidedAt() { return decidedAt; }
    String rejectionReason() { return rejectionReason; }
}
