package org.villagegov.grid.visit;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A visit the grid owes a household because something happened elsewhere (black-listed in
 * the points bank, a mediation case closed). Open until a visit to the household closes it.
 * The id is derived from the event that caused it, so a redelivered event adds nothing.
 */
@Document("follow_ups")
record FollowUpTask(@Id String id, @Indexed String householdId, String townshipId, @Indexed String villageId,
                    String reason, String source, Instant createdAt, String closedByVisitId) {

    boolean open() {
        return closedByVisitId == null;
    }
}
