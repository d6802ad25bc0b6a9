package org.villagegov.points.account;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Moves the lines of a passbook written before they had their own collection (an {@code entries}
 * array in the account, no {@code seq}) into {@code passbook_entries}, lazily: the first posting
 * to the passbook, and every read of passbooks, moves those it is about to use. Idempotent, so
 * two movers or a mover killed half-way do no harm: the lines are inserted under their own ids
 * (a line already moved is a duplicate and skipped), APPLIED, numbered in the array's order;
 * only then does one conditional update ({@code seq} still missing) give the account its
 * {@code seq} and drop the array. Until then nothing posts to it (the ledger moves it first),
 * and the old balance is the sum of the old array, so balance == ledger holds after the move.
 */
@Component
class LegacyPassbooks {

    /** MongoDB's code for a duplicate key: the line was moved by an earlier, interrupted move. */
    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;

    LegacyPassbooks(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void moveOut(String householdId) {
        moveOut(Criteria.where("_id").is(householdId));
    }

    /** Every passbook matching {@code scope} that still holds its lines (none, once all have moved: one query). */
    void moveOut(Criteria scope) {
        Query legacy = Query.query(scope).addCriteria(Criteria.where("seq").exists(false));
        for (Document account : mongo.find(legacy, Document.class, Ledger.COLLECTION)) {
            moveOut(account);
        }
    }

    private void moveOut(Document account) {
        String householdId = account.getString("_id");
        List<PassbookEntry> lines = new ArrayList<>();
        long seq = 0;
        for (Document line : account.getList("entries", Document.class, List.of())) {
            seq++;
            lines.add(new PassbookEntry(line.getString("id"), householdId, account.getString("townshipId"),
                    account.getString("villageId"), account.getString("gridId"), ((Number) line.get("amount")).longValue(),
                    Posting.Source.valueOf(line.getString("source")), line.getString("ruleCode"),
                    line.getInteger("ruleVersion"), line.getString("sourceId"), line.getString("note"),
                    line.getString("by"), line.getDate("at").toInstant(), line.getString("occurredOn"),
                    PassbookEntry.State.APPLIED, "moved", seq));
        }
        // the account's voided redemptions (by redemption id) become VOID lines under the debit's id
        for (String redemption : account.getList("voided", String.class, List.of())) {
            lines.add(PassbookEntry.tombstone("redeem:" + redemption, householdId, redemption, null));
        }
        insertSkippingMoved(lines);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(householdId).and("seq").exists(false)),
                new Update().set("seq", seq).set("entryCount", seq).unset("entries").unset("voided").inc("version", 1),
                Ledger.COLLECTION);
    }

    private void insertSkippingMoved(List<PassbookEntry> lines) {
        if (lines.isEmpty()) {
            return;
        }
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, PassbookEntry.class).insert(lines).execute();
        } catch (BulkOperationException partly) {
            if (partly.getErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw partly;
            }
        }
    }
}
