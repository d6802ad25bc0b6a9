package org.villagegov.points.lists;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.villagegov.platform.messaging.AggregateRoot;

/**
 * One run of a village's list computation for a period, kept even when it listed nobody: from
 * the day it ran, the period's red and black lists are the village's current ones (an empty list
 * replaces an older period's too). Raises {@code lists.computed} in the same write.
 */
@Document("list_computations")
class ListComputation extends AggregateRoot {

    record Computed(String computationId, String townshipId, String villageId, LocalDate periodStart,
                    LocalDate periodEnd, int red, int black, int alreadyListed) {
    }

    @Id
    private String id;
    private String townshipId;
    @Indexed
    private String villageId;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private int red;
    private int black;
    private int alreadyListed;
    private String by;
    private Instant computedAt;

    ListComputation() {
    }

    static ListComputation record(String id, String townshipId, String villageId, LocalDate start, LocalDate end,
                                  int red, int black, int alreadyListed, String by, Instant at) {
        ListComputation computation = new ListComputation();
        computation.id = id;
        computation.townshipId = townshipId;
        computation.villageId = villageId;
        computation.periodStart = start;
        computation.periodEnd = end;
        computation.red = red;
        computation.black = black;
        computation.alreadyListed = alreadyListed;
        computation.by = by;
        computation.computedAt = at;
        computation.raise("lists.computed",
                new Computed(id, townshipId, villageId, start, end, red, black, alreadyListed), at);
        return computation;
    }

    String id() { return id; }
    String townshipId() { return townshipId; }
    String villageId() { return villageId; }
    LocalDate periodStart() { return periodStart; }
    LocalDate periodEnd() { return periodEnd; }
    int red() { return red; }
    int black() { return black; }
    int alreadyListed() { return alreadyListed; }
    String by() { return by; }
    Instant computedAt() { return computedAt; }
}
