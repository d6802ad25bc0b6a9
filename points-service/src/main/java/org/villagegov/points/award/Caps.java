package org.villagegov.points.award;

import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Caps per household, rule and month as one counter document each ({@code cap_usage}), taken
 * with a conditional increment ({@code count < cap}), so parallel proposals cannot exceed a cap.
 * Every path of earning takes its place here, awards and event awards alike. Each place names
 * who took it ({@code takers}): taking again for the same award or event entry is a no-op that
 * answers "taken", so a redelivered event neither counts twice nor loses its place; a rejected
 * award gives its place back.
 */
@Component
public class Caps {

    private static final String COLLECTION = "cap_usage";

    private final MongoTemplate mongo;

    Caps(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The one key of a cap, shared by every path of earning: household, rule and the deed's month. */
    public static String key(String householdId, String ruleCode, LocalDate occurredOn) {
        return householdId + "|" + ruleCode + "|" + YearMonth.from(occurredOn);
    }

    /** Takes a place under the cap for {@code taker}; false when the cap is reached. */
    public boolean take(String key, int cap, String taker) {
        Query belowCap = Query.query(Criteria.where("_id").is(key).and("count").lt(cap).and("takers").ne(taker));
        Update take = new Update().inc("count", 1).push("takers", taker);
        try {
            var result = mongo.upsert(belowCap, take, COLLECTION);
            if (result.getModifiedCount() == 1 || result.getUpsertedId() != null) {
                return true;
            }
        } catch (DuplicateKeyException atCapOrRace) {
            // the counter exists: at the cap, taken by this taker before, or created just now by another proposal
            if (mongo.updateFirst(belowCap, take, COLLECTION).getModifiedCount() == 1) {
                return true;
            }
        }
        return mongo.exists(Query.query(Criteria.where("_id").is(key).and("takers").is(taker)), COLLECTION);
    }

    public void giveBack(String key, String taker) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(key).and("takers").is(taker)),
                new Update().inc("count", -1).pull("takers", taker), COLLECTION);
    }
}
