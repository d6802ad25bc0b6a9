package org.villagegov.council.representative;

import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Who sits on a village's roster of villagers' representatives, for the meetings that count on it. */
@Component
public class Representatives {

    private final MongoTemplate mongo;

    Representatives(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The households on the village's roster; empty when the village has none yet. */
    public List<String> householdsOf(String villageId) {
        RepresentativeRoster roster = mongo.findById(villageId, RepresentativeRoster.class);
        return roster == null ? List.of()
                : roster.representatives().stream().map(RepresentativeRoster.Representative::householdId).toList();
    }
}
