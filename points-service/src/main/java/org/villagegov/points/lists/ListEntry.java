package org.villagegov.points.lists;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.villagegov.platform.messaging.AggregateRoot;

/**
 * A household published on a village's red (praise) or black (correction) list for a period.
 * The id is made of kind, village, period and household, so a household is listed at most
 * once per list and period however often the list is computed. A black entry raises
 * {@code household.blacklisted} in the same write, for grid-service's follow-up visit; a red one
 * {@code household.redlisted} (the indicators' list sizes refresh from either).
 */
@Document("list_entries")
class ListEntry extends AggregateRoot {

    enum Kind { RED, BLACK }

    enum Basis { COMPUTED, DESIGNATED }

    record Blacklisted(String householdId, String townshipId, String villageId, String reason, LocalDate periodStart,
                       LocalDate periodEnd) {
    }

    record Redlisted(String householdId, String townshipId, String villageId, String reason, LocalDate periodStart,
                     LocalDate periodEnd, Basis basis) {
    }

    @Id
    private String id;
    private Kind kind;
    private String householdId;
    private String townshipId;
    @Indexed
    private String villageId;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private Basis basis;
    private String reason;
    private long earned;
    private long deducted;
    private String by;
    private Instant publishedAt;

    ListEntry() {
    }

    static String idOf(Kind kind, String villageId, LocalDate start, LocalDate end, String householdId) {
        return kind + "|" + villageId + "|" + start + "|" + end + "|" + householdId;
    }

    static ListEntry publish(Kind kind, String householdId, String townshipId, String villageId, LocalDate start,
                             LocalDate end, Basis basis, String reason, long earned, long deducted, String by, Instant at) {
        ListEntry entry = new ListEntry();
        entry.id = idOf(kind, villageId, start, end, householdId);
        entry.kind = kind;
        entry.householdId = householdId;
        entry.townshipId = townshipId;
        entry.villageId = villageId;
        entry.periodStart = start;
        entry.periodEnd = end;
        entry.basis = basis;
        entry.reason = reason;
        entry.earned = earned;
        entry.deducted = deducted;
        entry.by = by;
        entry.publishedAt = at;
        if (kind == Kind.BLACK) {
            entry.raise("household.blacklisted", new Blacklisted(householdId, townshipId, villageId, reason, start, end), at);
        } else {
            entry.raise("household.redlisted", new Redlisted(householdId, townshipId, villageId, reason, start, end, basis), at);
        }
        return entry;
    }

    String id() { return id; }
    Kind kind() { return kind; }
    String householdId() { return householdId; }
    String townshipId() { return townshipId; }
    String villageId() { return villageId; }
    LocalDate periodStart() { return periodStart; }
    LocalDate periodEnd() { return periodEnd; }
    Basis basis() { return basis; }
    String reason() { return reason; }
    long earned() { return earned; }
    long deducted() { return deducted; }
    String by() { return by; }
    Instant publishedAt() { return publishedAt; }
}
