package org.villagegov.council.representative;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.messaging.AggregateRoot;

/**
 * The villagers' representatives of one village (one document, id = the village): each a
 * household of the village. A representatives' meeting is entitled to exactly this roster and
 * its quorum is counted on it, so nobody can type a smaller "entitled" to reach a quorum. The
 * former roster is kept with when it was replaced.
 */
@Document("representative_rosters")
class RepresentativeRoster extends AggregateRoot {

    record Representative(String householdId, String name) {
    }

    record Former(List<Representative> representatives, String replacedBy, Instant replacedAt) {
    }

    @Id
    private String villageId;
    private String townshipId;
    private List<Representative> representatives = new ArrayList<>();
    private List<Former> history = new ArrayList<>();
    private String updatedBy;
    private Instant updatedAt;

    RepresentativeRoster() {
    }

    static RepresentativeRoster of(String townshipId, String villageId) {
        RepresentativeRoster roster = new RepresentativeRoster();
        roster.townshipId = townshipId;
        roster.villageId = villageId;
        return roster;
    }

    void replace(List<Representative> next, String by, Instant now) {
        if (next.stream().map(Representative::householdId).distinct().count() != next.size()) {
            throw new RuleViolationException("representatives", "A household sits once on the roster");
        }
        if (!representatives.isEmpty()) {
            history.add(new Former(representatives, by, now));
        }
        representatives = List.copyOf(next);
        updatedBy = by;
        updatedAt = now;
    }

    String villageId() {
        return villageId;
    }

    String townshipId() {
        return townshipId;
    }

    List<Representative> representatives() {
        return Collections.unmodifiableList(representatives);
    }

    List<Former> history() {
        return Collections.unmodifiableList(history);
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
