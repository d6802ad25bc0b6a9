package org.villagegov.points.account;

import java.util.Date;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.villagegov.platform.messaging.Outbox;
import org.villagegov.platform.time.CountyTime;

/**
 * The only writer of balances. Every posting is one conditional update of the household's
 * account document: the query says "this entry is not there yet" (and, for debits, "the
 * balance covers it"), the update adds the amount, appends the entry and, for awards, the
 * {@code points.awarded} event to the document's outbox — all or nothing.
 */
@Component
public class Ledger {

    static final String COLLECTION = "accounts";

    /** What a posting did. */
    public enum Outcome { POSTED, ALREADY_POSTED, REFUSED }

    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final CountyTime time;

    Ledger(MongoTemplate mongo, Outbox outbox, CountyTime time) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.time = time;
    }

    /**
     * Posts once under the posting's entry id, by the posting's own rules: a posting that needs
     * cover goes through {@link #debit}; any other credits or deducts and opens the passbook on
     * first use.
     */
    public Outcome post(Posting posting) {
        if (posting.needsCover()) {
            return debit(posting);
        }
        Query query = notYetPosted(posting);
        Update update = change(posting);
        try {
            var result = mongo.upsert(query, update, COLLECTION);
            if (result.getModifiedCount() == 1 || result.getUpsertedId() != null) {
                return posted(posting);
            }
            return Outcome.ALREADY_POSTED;
        } catch (DuplicateKeyException existsOrDone) {
            // The account exists and the query did not match: either the entry is there already,
            // or another posting created the account in the same moment; try once more without upsert.
            if (mongo.updateFirst(query, update, COLLECTION).getModifiedCount() == 1) {
                return posted(posting);
            }
            return Outcome.ALREADY_POSTED;
        }
    }

    /**
     * Debits only if the balance covers it and the redemption was not voided by recovery:
     * {@code balance >= amount} is part of the update's query, so no interleaving can overdraw.
     */
    public Outcome debit(Posting posting) {
        Query query = notYetPosted(posting);
        query.addCriteria(Criteria.where("balance").gte(posting.requiredBalance()).and("voided").ne(posting.sourceId()));
        if (mongo.updateFirst(query, change(posting), COLLECTION).getModifiedCount() == 1) {
            return Outcome.POSTED;
        }
        return hasEntry(posting) ? Outcome.ALREADY_POSTED : Outcome.REFUSED;
    }

    /**
     * For recovery of a redemption whose outcome is unknown: forbids its debit from now on and
     * tells whether it had already happened (then the redemption did complete).
     */
    public boolean voidUnlessPosted(String householdId, String entryId, String sourceId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(householdId).and("entries.id").ne(entryId)),
                new Update().addToSet("voided", sourceId), COLLECTION);
        return mongo.exists(Query.query(Criteria.where("_id").is(householdId).and("entries.id").is(entryId)), COLLECTION);
    }

    public long balance(String householdId) {
        // the balance alone: the passbook's entries make the document grow with every posting
        Query query = Query.query(Criteria.where("_id").is(householdId));
        query.fields().include("balance");
        Document account = mongo.findOne(query, Document.class, COLLECTION);
        return account == null ? 0 : ((Number) account.get("balance")).longValue();
    }

    private Outcome posted(Posting posting) {
        if (posting.isDeed()) {
            // events the relay already sent are dropped so the passbook does not grow by them; a push
            // and a pull on the same array cannot share one update, and this one only removes sent events
            mongo.updateFirst(Query.query(Criteria.where("_id").is(posting.householdId())), outbox.dropSent(), COLLECTION);
            outbox.nudge(COLLECTION);
        }
        return Outcome.POSTED;
    }

    private boolean hasEntry(Posting posting) {
        return mongo.exists(Query.query(Criteria.where("_id").is(posting.householdId()).and("entries.id").is(posting.entryId())),
                COLLECTION);
    }

    private static Query notYetPosted(Posting posting) {
        return Query.query(Criteria.where("_id").is(posting.householdId()).and("entries.id").ne(posting.entryId()));
    }

    private Update change(Posting posting) {
        Account.Entry line = posting.entry(time.now());
        Date at = Date.from(line.at());
        Document entry = new Document("id", line.id()).append("amount", line.amount())
                .append("source", line.source().name()).append("ruleCode", line.ruleCode())
                .append("ruleVersion", line.ruleVersion()).append("sourceId", line.sourceId())
                .append("note", line.note()).append("by", line.by()).append("at", at);
        if (line.occurredOn() != null) {
            // ISO text: sorts and compares like the date, and reads back without a zone
            entry.append("occurredOn", line.occurredOn());
        }
        Update update = new Update().inc("balance", posting.amount()).inc("version", 1).push("entries", entry)
                .setOnInsert("townshipId", posting.townshipId()).setOnInsert("villageId", posting.villageId());
        if (posting.gridId() != null) {
            update.set("gridId", posting.gridId());
        }
        if (posting.isDeed()) {
            // the points.awarded event (CONTRACTS.md) goes in the same write as the entry
            outbox.append(update, "points.awarded", posting.awarded(), line.at());
        }
        return update;
    }
}
