package org.villagegov.points.account;

import java.util.UUID;

import java.time.Clock;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.villagegov.platform.background.PendingCounties;
import org.villagegov.platform.messaging.Outbox;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.points.config.PointsProperties;

/**
 * The only writer of balances and passbook lines, without multi-document transactions. A
 * posting is two writes:
 * <ol>
 * <li>its line is inserted into {@code passbook_entries}, PENDING, under the posting's
 * idempotency id as {@code _id} (a second insert of the same id fails);</li>
 * <li>the line is <em>decided</em> by one conditional update of the account: the query names the
 * {@code seq} the decider read, the update moves it one on, records {@code last} = (line, attempt,
 * outcome) and, if APPLIED, adds the amount (a deed's {@code points.awarded} event in the same
 * write). The outcome is then copied onto the line ({@link #mark}).</li>
 * </ol>
 * Why every line is decided exactly once, wherever a process is killed:
 * <ul>
 * <li>Before deciding, a decider copies the account's last decision onto its line ({@link #settle}),
 * so while an account is at {@code seq} m every decision before the m-th shows on its line.</li>
 * <li>A decider reads the account (seq n), settles, then reads the line, and decides only a line it
 * saw PENDING, only from seq n. A line decided at or before n was marked by then, so it is seen
 * decided; one decided after the read moved the seq, so the update matches nothing and the decider
 * reads again. The balance moves only in the write that decides.</li>
 * <li>Killed after write 1: the line stays PENDING, in no balance and no sum. The next attempt of
 * the same posting finds and decides it; so does {@link LedgerRecovery} once it is older than a lease.</li>
 * <li>Killed after write 2 before the mark: {@code last} names the line, so readers count it
 * ({@link Account#holds}) and the next decider on the account marks it.</li>
 * <li>A debit's cover is exact: the balance read with seq n is the one the update from n changes.</li>
 * </ul>
 * The price: postings to one household take turns on its {@code seq} (a decider that lost the race
 * reads again), but no write rewrites a document that grows with the passbook.
 */
@Component
public class Ledger {

    static final String COLLECTION = "accounts";
    /** Counties that may hold a line left undecided, in the service's platform database ({@link LedgerRecovery}). */
    static final String UNDECIDED = "ledger_recovery_counties";

    /** What a posting did. */
    public enum Outcome { POSTED, ALREADY_POSTED, REFUSED }

    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final CountyTime time;
    private final LegacyPassbooks legacy;
    private final PendingCounties undecided;

    Ledger(MongoTemplate mongo, Outbox outbox, CountyTime time, LegacyPassbooks legacy, PointsProperties properties,
           Clock clock) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.time = time;
        this.legacy = legacy;
        // a line is marked undecided for as long as a posting step may take, like a redemption step
        this.undecided = new PendingCounties(mongo, UNDECIDED, clock, properties.redemptionLease());
    }

    /**
     * Posts once under the posting's entry id: a credit or a deed opens the passbook on first use;
     * a posting that needs cover lands only if the balance covers it. A line refused for cover is
     * tried again by the next posting of the same id (a correction approved again); one voided by
     * a redemption's recovery never lands.
     */
    public Outcome post(Posting posting) {
        String attempt = UUID.randomUUID().toString();
        boolean retried = false;
        while (true) {
            Account account = account(posting.householdId());
            if (account == null) {
                if (posting.needsCover()) {
                    return Outcome.REFUSED;
                }
                open(posting);
                continue;
            }
            settle(account);
            PassbookEntry line = mongo.findById(posting.entryId(), PassbookEntry.class);
            if (line == null) {
                if (!posting.coveredBy(account.balance())) {
                    // refused before anything is written: a refusal needs no line
                    return Outcome.REFUSED;
                }
                line = posting.entry(time.now(), attempt);
                if (!write(line)) {
                    continue;
                }
            }
            switch (line.state()) {
                case APPLIED -> {
                    return Outcome.ALREADY_POSTED;
                }
                case VOID -> {
                    return Outcome.REFUSED;
                }
                case REFUSED -> {
                    if (retried || !line.coveredBy(account.balance())) {
                        return Outcome.REFUSED;
                    }
                    retried = retry(line, attempt);
                }
                case PENDING -> {
                    PassbookEntry.State outcome = line.coveredBy(account.balance())
                            ? PassbookEntry.State.APPLIED : PassbookEntry.State.REFUSED;
                    if (decide(account, line, outcome)) {
                        return outcome == PassbookEntry.State.APPLIED ? posted(line) : Outcome.REFUSED;
                    }
                }
            }
        }
    }

    /** A posting that spends points: lands only if the balance covers it, as {@link #post} does. */
    public Outcome debit(Posting posting) {
        return post(posting);
    }

    /**
     * For recovery of a redemption whose outcome is unknown: forbids its debit from now on (the line
     * becomes, or is written as, VOID) and tells whether it had already happened (then the redemption
     * did complete). A debit racing with this either landed first (true) or finds the line VOID.
     */
    public boolean voidUnlessPosted(String householdId, String entryId, String sourceId) {
        while (true) {
            Account account = account(householdId);
            if (account != null) {
                settle(account);
            }
            PassbookEntry line = mongo.findById(entryId, PassbookEntry.class);
            if (line == null) {
                if (write(PassbookEntry.tombstone(entryId, householdId, sourceId, time.now()))) {
                    return false;
                }
                continue;
            }
            switch (line.state()) {
                case APPLIED -> {
                    return true;
                }
                case VOID -> {
                    return false;
                }
                case REFUSED -> mongo.updateFirst(Query.query(Criteria.where("_id").is(entryId)
                                .and("state").is(PassbookEntry.State.REFUSED)),
                        new Update().set("state", PassbookEntry.State.VOID), PassbookEntry.class);
                case PENDING -> {
                    // a debit's line is written only to an open passbook, so the account is there
                    decide(account, line, PassbookEntry.State.VOID);
                }
            }
        }
    }

    /**
     * Decides a line its writer left undecided (killed between the two writes), as the next
     * attempt of the same posting would; false if someone else decided it first.
     */
    boolean finish(PassbookEntry stale) {
        while (true) {
            Account account = account(stale.householdId());
            if (account == null) {
                // a line is written only to an open passbook; nothing to decide it against
                return false;
            }
            settle(account);
            PassbookEntry line = mongo.findById(stale.id(), PassbookEntry.class);
            if (line == null || line.state() != PassbookEntry.State.PENDING) {
                return false;
            }
            PassbookEntry.State outcome = line.coveredBy(account.balance())
                    ? PassbookEntry.State.APPLIED : PassbookEntry.State.REFUSED;
            if (decide(account, line, outcome)) {
                if (outcome == PassbookEntry.State.APPLIED) {
                    posted(line);
                }
                return true;
            }
        }
    }

    /** The counties that may hold undecided lines: what {@link LedgerRecovery} sweeps. */
    PendingCounties undecided() {
        return undecided;
    }

    public long balance(String householdId) {
        // the balance alone: the rest of the account is not needed to check cover
        Query query = Query.query(Criteria.where("_id").is(householdId));
        query.fields().include("balance");
        Document account = mongo.findOne(query, Document.class, COLLECTION);
        return account == null ? 0 : ((Number) account.get("balance")).longValue();
    }

    /**
     * Copies the account's last decision onto its line, if the decider was killed before it did:
     * after this, every decision of the account shows on its line.
     */
    void settle(Account account) {
        Account.Decision last = account.last();
        if (last != null) {
            mark(last.entryId(), last.attempt(), last.outcome(), account.seq());
        }
    }

    /** The account without its outbox; a passbook that still holds its lines has them moved out first. */
    private Account account(String householdId) {
        Query query = Query.query(Criteria.where("_id").is(householdId));
        query.fields().include("townshipId", "villageId", "gridId", "balance", "seq", "entryCount", "last");
        Account account = mongo.findOne(query, Account.class);
        if (account != null && account.isLegacy()) {
            legacy.moveOut(householdId);
            account = mongo.findOne(query, Account.class);
        }
        return account;
    }

    private void open(Posting posting) {
        try {
            mongo.upsert(Query.query(Criteria.where("_id").is(posting.householdId())),
                    new Update().setOnInsert("balance", 0L).setOnInsert("seq", 0L).setOnInsert("entryCount", 0L)
                            .setOnInsert("version", 0L).setOnInsert("townshipId", posting.townshipId())
                            .setOnInsert("villageId", posting.villageId()),
                    COLLECTION);
        } catch (DuplicateKeyException openedMeanwhile) {
            // another posting or the holder's link opened it in the same moment: it is there
        }
    }

    /** Write 1: the line, PENDING (its county marked for the recovery sweep first); false if a line of that id exists already. */
    private boolean write(PassbookEntry line) {
        if (line.state() == PassbookEntry.State.PENDING) {
            undecided.mark(TenantContext.require());
        }
        try {
            mongo.insert(line);
            return true;
        } catch (DuplicateKeyException writtenBefore) {
            return false;
        }
    }

    /** A line refused for cover becomes undecided again, under this attempt; false if another attempt did it. */
    private boolean retry(PassbookEntry refused, String attempt) {
        PassbookEntry again = refused.retried(attempt, time.now());
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(refused.id()).and("state").is(PassbookEntry.State.REFUSED)),
                        new Update().set("state", again.state()).set("attempt", again.attempt()).set("at", again.at())
                                .unset("seq"),
                        PassbookEntry.class)
                .getModifiedCount() == 1;
    }

    /** Write 2: decides the line from the account's seq as read; false if the account moved on meanwhile. */
    private boolean decide(Account account, PassbookEntry line, PassbookEntry.State outcome) {
        long next = account.seq() + 1;
        Update update = new Update().set("seq", next)
                .set("last", new Document("entryId", line.id()).append("attempt", line.attempt())
                        .append("outcome", outcome.name()))
                .inc("version", 1);
        if (outcome == PassbookEntry.State.APPLIED) {
            update.inc("balance", line.amount()).inc("entryCount", 1);
            if (line.gridId() != null) {
                update.set("gridId", line.gridId());
            }
            if (line.isDeed()) {
                // the points.awarded event (CONTRACTS.md) goes in the same write as the balance
                outbox.append(update, "points.awarded", line.awarded(), line.at());
            }
        }
        Query from = Query.query(Criteria.where("_id").is(account.id()).and("seq").is(account.seq()));
        if (mongo.updateFirst(from, update, COLLECTION).getModifiedCount() != 1) {
            return false;
        }
        mark(line.id(), line.attempt(), outcome, next);
        return true;
    }

    /** Shows a decision on its line; only the attempt that was decided, and only once. */
    private void mark(String entryId, String attempt, PassbookEntry.State outcome, long seq) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(entryId).and("attempt").is(attempt)
                        .and("state").is(PassbookEntry.State.PENDING)),
                new Update().set("state", outcome).set("seq", seq), PassbookEntry.class);
    }

    private Outcome posted(PassbookEntry line) {
        if (line.isDeed()) {
            // events the relay already sent are dropped so the account does not grow by them; a push
            // and a pull on the same array cannot share one update, and this one only removes sent events
            mongo.updateFirst(Query.query(Criteria.where("_id").is(line.householdId())), outbox.dropSent(), COLLECTION);
            outbox.nudge(COLLECTION);
        }
        return Outcome.POSTED;
    }
}
