package org.villagegov.points.supermarket;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.messaging.AggregateRoot;
import org.villagegov.points.account.Posting;

/**
 * The state of one redemption saga: PENDING (stock reserved, passbook not yet debited) ->
 * COMPLETED or FAILED; a refund goes COMPLETED -> REFUNDING -> REFUNDED. Transitions are
 * conditional updates on {@code status}; {@code claimedUntil} is the lease of whoever drives it,
 * after which the recovery sweep may take over.
 */
@Document("redemptions")
@CompoundIndex(name = "status_claim", def = "{'status': 1, 'claimedUntil': 1}")
class Redemption extends AggregateRoot {

    enum Status { PENDING, COMPLETED, FAILED, REFUNDING, REFUNDED }

    @Id
    private String id;
    private String householdId;
    private String townshipId;
    private String villageId;
    private String itemId;
    private String itemName;
    private int quantity;
    private int unitPrice;
    private int total;
    private Status status;
    private String clerk;
    private Instant createdAt;
    private Instant claimedUntil;
    private Instant completedAt;
    private String failure;
    private String refundedBy;
    private String refundReason;
    private Instant refundedAt;

    Redemption() {
    }

    static Redemption start(String id, String householdId, String townshipId, String villageId, Item item, int quantity,
                            String clerk, Instant now, Instant claimedUntil) {
        Redemption r = new Redemption();
        r.id = id;
        r.householdId = householdId;
        r.townshipId = townshipId;
        r.villageId = villageId;
        r.itemId = item.id();
        r.itemName = item.name();
        r.quantity = quantity;
        r.unitPrice = item.price();
        r.total = item.price() * quantity;
        r.status = Status.PENDING;
        r.clerk = clerk;
        r.createdAt = now;
        r.claimedUntil = claimedUntil;
        return r;
    }

    String entryId() {
        return "redeem:" + id;
    }

    String refundEntryId() {
        return "refund:" + id;
    }

    /** The passbook's debit: the total leaves the balance once, under {@code redeem:<id>}. */
    Posting debit() {
        return new Posting(entryId(), householdId, townshipId, villageId, null, -total, Posting.Source.REDEMPTION, null,
                null, id, quantity + " x " + itemName, clerk);
    }

    /** The refund's credit: the total comes back once, under {@code refund:<id>}. */
    Posting refundCredit() {
        return new Posting(refundEntryId(), householdId, townshipId, villageId, null, total, Posting.Source.REFUND, null,
                null, id, "refund of " + quantity + " x " + itemName, refundedBy);
    }

    /** Only a completed redemption is refunded; the claim's conditional update decides between two refunds. */
    void checkRefundable() {
        if (status != Status.COMPLETED) {
            throw new ConflictException("Redemption " + id + " is " + status + " and cannot be refunded");
        }
    }

    record Completed(String redemptionId, String householdId, String townshipId, String villageId, String itemId,
                     int quantity, int points) {
    }

    Completed completedEvent() {
        return new Completed(id, householdId, townshipId, villageId, itemId, quantity, total);
    }

    /** Payload of {@code redemption.refunded} (CONTRACTS.md): points and stock are back. */
    record Refunded(String redemptionId, String householdId, String townshipId, String villageId, String itemId,
                    int quantity, int points) {
    }

    Refunded refundedEvent() {
        return new Refunded(id, householdId, townshipId, villageId, itemId, quantity, total);
    }

    String id() { return id; }
    String householdId() { return householdId; }
    String townshipId() { return townshipId; }
    String villageId() { return villageId; }
    String itemId() { return itemId; }
    String itemName() { return itemName; }
    int quantity() { return quantity; }
    int unitPrice() { return unitPrice; }
    int total() { return total; }
    Status status() { return status; }
    String clerk() { return clerk; }
    Instant createdAt() { return createdAt; }
    Instant completedAt() { return completedAt; }
    String failure() { return failure; }
    String refundedBy() { return refundedBy; }
    String refundReason() { return refundReason; }
    Instant refundedAt() { return refundedAt; }
}
