package org.villagegov.points.award;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Caps per household, rule and month as one counter document each ({@code cap_usage}), taken
 * with a conditional increment ({@code count < cap}), so parallel proposals cannot exceed a cap.
 * A rejected award gives its place back.
 */
@Component
class Caps {

    private static final String COLLECTION = "cap_usage";

    private final MongoTemplate mongo;

    Caps(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    boolean take(String key, int cap) {
        Query belowCap = Query.query(Criteria.where("_id").is(key).and("count").lt(cap));
        Update take = new Update().inc("count", 1);
        try {
            var result = mongo.upsert(belowCap, take, COLLECTION);
            return result.getModifiedCount() == 1 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException atCapOrRace) {
            // the counter exists: either it is at the cap or it was created just now by another proposal
            return mongo.updateFirst(belowCap, take, COLLECTION).getModifiedCount() == 1;
        }
    }

    void giveBack(String key) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(key).and("count").gt(0)), new Update().inc("count", -1),
                COLLECTION);
    }
}
