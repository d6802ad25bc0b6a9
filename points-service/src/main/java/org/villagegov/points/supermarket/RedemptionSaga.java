package org.villagegov.points.supermarket;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.messaging.Outbox;
import org.villagegov.platform.place.HouseholdPlace;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.points.account.Ledger;
import org.villagegov.points.config.PointsProperties;

/**
 * Redemption touches two documents (the item's stock, the household's passbook) and MongoDB
 * gives us no transaction across them, so it is a saga whose state lives in the redemption
 * document: (1) reserve stock with {@code stock >= qty}, (2) debit the passbook with
 * {@code balance >= total}, (3) complete — or, if (2) is refused, put the stock back and fail.
 * Every step is a conditional update keyed by the redemption id, so repeating one is harmless;
 * {@link RedemptionRecovery} finishes sagas whose driver died in between.
 */
@Component
class RedemptionSaga {

    private final MongoTemplate mongo;
    private final Ledger ledger;
    private final Outbox outbox;
    private final PointsProperties properties;
    private final CountyTime time;

    RedemptionSaga(MongoTemplate mongo, Ledger ledger, Outbox outbox, PointsProperties properties, CountyTime time) {
        this.mongo = mongo;
        this.ledger = ledger;
        this.outbox = outbox;
        this.properties = properties;
        this.time = time;
    }

    Redemption redeem(HouseholdPlace household, Item item, int quantity, String clerk) {
        Instant now = time.now();
        Redemption redemption = Redemption.start(UUID.randomUUID().toString(), household.householdId(),
                household.townshipId(), household.villageId(), item, quantity, clerk, now,
                now.plus(properties.redemptionLease()));
        // cheap pre-checks so an obviously impossible redemption leaves no trace; the conditional
        // updates below are what actually guarantee the invariants under concurrency
        if (item.stock() < quantity) {
            throw new RuleViolationException("quantity", "Only " + item.stock() + " left of '" + item.name() + "'");
        }
        if (!redemption.debit().coveredBy(ledger.balance(household.householdId()))) {
            throw new RuleViolationException("quantity", "The household's balance does not cover " + redemption.total() + " points");
        }
        mongo.insert(redemption);
        if (!reserveStock(redemption)) {
            fail(redemption, "out of stock");
            throw new RuleViolationException("quantity", "'" + item.name() + "' ran out of stock");
        }
        if (ledger.post(redemption.debit()) == Ledger.Outcome.REFUSED) {
            releaseStock(redemption, true);
            fail(redemption, "balance too low");
            throw new RuleViolationException("quantity", "The household's balance does not cover " + redemption.total() + " points");
        }
        complete(redemption);
        return mongo.findById(redemption.id(), Redemption.class);
    }

    Redemption refund(Redemption redemption, String by, String reason) {
        redemption.checkRefundable();
        Instant now = time.now();
        boolean claimed = mongo.updateFirst(Query.query(Criteria.where("_id").is(redemption.id())
                                .and("status").is(Redemption.Status.COMPLETED)),
                        new Update().set("status", Redemption.Status.REFUNDING).set("refundedBy", by).set("refundReason", reason)
                                .set("claimedUntil", Date.from(now.plus(properties.redemptionLease()))).inc("version", 1),
                        Redemption.class).getModifiedCount() == 1;
        if (!claimed) {
            throw new ConflictException("Redemption " + redemption.id() + " is " + redemption.status() + " and cannot be refunded");
        }
        finishRefund(redemption);
        return mongo.findById(redemption.id(), Redemption.class);
    }

    /** Recovery of a PENDING saga whose driver is gone: completes it if the debit happened, else undoes it. */
    void recoverPending(Redemption redemption) {
        if (ledger.voidUnlessPosted(redemption.householdId(), redemption.entryId(), redemption.id())) {
            complete(redemption);
        } else {
            releaseStock(redemption, true);
            fail(redemption, "recovered: the passbook was not debited");
        }
    }

    /** Each step is applied at most once, so a refund interrupted anywhere can simply be run again. */
    void finishRefund(Redemption redemption) {
        ledger.post(redemption.refundCredit());
        mongo.updateFirst(Query.query(Criteria.where("_id").is(redemption.itemId()).and("restocked").ne(redemption.id())),
                new Update().inc("stock", redemption.quantity()).push("restocked", redemption.id()).inc("version", 1),
                Item.class);
        Instant now = time.now();
        Update refunded = new Update().set("status", Redemption.Status.REFUNDED).set("refundedAt", Date.from(now))
                .unset("claimedUntil").inc("version", 1);
        // raised with the step that ends the refund, once, whoever finishes it (the driver or the recovery sweep)
        outbox.append(refunded, "redemption.refunded", redemption.refundedEvent(), now);
        if (mongo.updateFirst(Query.query(Criteria.where("_id").is(redemption.id()).and("status").is(Redemption.Status.REFUNDING)),
                refunded, Redemption.class).getModifiedCount() == 1) {
            outbox.nudge(Redemption.class);
        }
    }

    boolean reserveStock(Redemption r) {
        Query query = Query.query(Criteria.where("_id").is(r.itemId()).and("stock").gte(r.quantity())
                .and("held").ne(r.id()));
        return mongo.updateFirst(query, new Update().inc("stock", -r.quantity()).push("held", r.id()).inc("version", 1),
                Item.class).getModifiedCount() == 1;
    }

    /** Drops the hold; with {@code restore} the reserved quantity goes back on the shelf. */
    private void releaseStock(Redemption r, boolean restore) {
        Update update = new Update().pull("held", r.id()).inc("version", 1);
        if (restore) {
            update.inc("stock", r.quantity());
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(r.itemId()).and("held").is(r.id())), update, Item.class);
    }

    private void complete(Redemption r) {
        releaseStock(r, false);
        Instant now = time.now();
        Update completed = new Update().set("status", Redemption.Status.COMPLETED).set("completedAt", Date.from(now))
                .unset("claimedUntil").inc("version", 1);
        outbox.append(completed, "redemption.completed", r.completedEvent(), now);
        long done = mongo.updateFirst(Query.query(Criteria.where("_id").is(r.id()).and("status").is(Redemption.Status.PENDING)),
                completed, Redemption.class).getModifiedCount();
        if (done == 1) {
            outbox.nudge(Redemption.class);
        }
    }

    private void fail(Redemption r, String why) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(r.id()).and("status").is(Redemption.Status.PENDING)),
                new Update().set("status", Redemption.Status.FAILED).set("failure", why).unset("claimedUntil").inc("version", 1),
                Redemption.class);
    }
}
