package org.villagegov.platform.indicator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.Collection;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.villagegov.platform.background.BackgroundThread;
import org.villagegov.platform.background.BackgroundWorker;
import org.villagegov.platform.background.PendingCounties;
import org.villagegov.platform.tenancy.Tenant;
import org.villagegov.platform.tenancy.TenantContext;

/**
 * Takes the refreshing of villages off the event consumer. An event only marks its village as
 * due ({@value #DUE}: one small upsert, stored before the event is acknowledged, so no change is
 * forgotten); this refresher then works through the due villages of the county on its own thread,
 * a moment later, so that a burst of events about one village costs one refresh, not one each.
 * A village is claimed for a lease while it is refreshed (two instances do not both work on it)
 * and its mark is removed only if nobody marked it again meanwhile; a mark a crash left behind is
 * taken by the next sweep, which looks only at counties marked as having due villages
 * ({@value #DUE_COUNTIES}, see {@link PendingCounties}: the county is marked before its village).
 */
public class IndicatorRefresher extends BackgroundWorker {

    static final String DUE = "indicator_due";
    static final String DUE_COUNTIES = "indicator_due_counties";
    private static final Logger log = LoggerFactory.getLogger(IndicatorRefresher.class);
    private static final int BATCH = 100;
    private static final Duration LEASE = Duration.ofSeconds(60);

    private final MongoTemplate mongo;
    private final IndicatorLedger ledger;
    private final Clock clock;
    private final Duration debounce;
    private final Map<String, AtomicBoolean> scheduled = new ConcurrentHashMap<>();
    /** How long the county's last scheduled refresh took: the next waits at least a few times that. */
    private final Map<String, Long> lastRefreshNanos = new ConcurrentHashMap<>();
    private final PendingCounties dueCounties;

    public IndicatorRefresher(MongoTemplate mongo, IndicatorLedger ledger, Clock clock, Duration debounce) {
        super("indicator-refresh", log, "Refreshing due villages failed, the sweep retries");
        this.mongo = mongo;
        this.ledger = ledger;
        this.clock = clock;
        this.debounce = debounce;
        this.dueCounties = new PendingCounties(mongo, DUE_COUNTIES, clock, LEASE);
    }

    /** Marks a village of the current county as due, and asks for the county's due villages to be refreshed soon. */
    public void markDue(String villageId) {
        String tenant = TenantContext.require();
        dueCounties.mark(tenant);
        mongo.upsert(Query.query(Criteria.where("_id").is(villageId)),
                new Update().set("mark", UUID.randomUUID().toString()).set("at", Date.from(clock.instant())), DUE);
        AtomicBoolean pending = scheduled.computeIfAbsent(tenant, t -> new AtomicBoolean());
        if (isRunning() && pending.compareAndSet(false, true)) {
            thread().after(delay(tenant), () -> {
                pending.set(false);
                long started = System.nanoTime();
                TenantContext.run(tenant, this::refreshDue);
                lastRefreshNanos.put(tenant, System.nanoTime() - started);
            });
        }
    }

    /**
     * The debounce, or three times what the county's last refresh took if that is longer: while events
     * keep coming, re-deriving a village (which reads its records) then takes at most a quarter of the
     * time, instead of following itself back to back and taking the database from the events
     * (docs/benchmarks.md "Event pipeline"); a quiet village is still fresh within the debounce.
     */
    private Duration delay(String tenant) {
        Duration spaced = Duration.ofNanos(3 * lastRefreshNanos.getOrDefault(tenant, 0L));
        return spaced.compareTo(debounce) > 0 ? spaced : debounce;
    }

    /**
     * In every active county marked as having due villages (a county is marked before its first
     * village is; the first time after start: every active county), finishes changes a crash left
     * pending for longer than {@code staleAfter} and refreshes the due villages, and lets go of the
     * marks of counties with none left; returns how many were finished or refreshed.
     */
    public int sweep(Collection<Tenant> active, Duration staleAfter) {
        return dueCounties.sweep(active, () -> ledger.completeStale(staleAfter) + refreshDue(),
                () -> mongo.count(new Query(), DUE) == 0);
    }

    /** Refreshes every due village of the current county that nobody else holds; returns how many. */
    public int refreshDue() {
        int refreshed = 0;
        // each village once per call: one marked again while it was refreshed keeps its mark for the next
        // call (scheduled by that mark), rather than being refreshed again at once for as long as events come
        Set<String> done = new HashSet<>();
        for (int round = 0; round < 1_000; round++) {
            Instant now = clock.instant();
            Query claimable = Query.query(new Criteria().andOperator(Criteria.where("_id").nin(done),
                    new Criteria().orOperator(Criteria.where("claimedUntil").is(null),
                            Criteria.where("claimedUntil").lt(Date.from(now))))).limit(BATCH);
            var due = mongo.find(claimable, Document.class, DUE);
            if (due.isEmpty()) {
                return refreshed;
            }
            for (Document village : due) {
                done.add(village.getString("_id"));
                if (refresh(village, now)) {
                    refreshed++;
                }
            }
        }
        return refreshed;
    }

    private boolean refresh(Document due, Instant now) {
        String village = due.getString("_id");
        String mark = due.getString("mark");
        Query mine = Query.query(Criteria.where("_id").is(village).and("mark").is(mark)
                .orOperator(Criteria.where("claimedUntil").is(null), Criteria.where("claimedUntil").lt(Date.from(now))));
        if (mongo.updateFirst(mine, new Update().set("claimedUntil", Date.from(now.plus(LEASE))), DUE).getModifiedCount() != 1) {
            return false;
        }
        boolean refreshed = false;
        try {
            ledger.refresh(village);
            refreshed = true;
        } finally {
            // failed, or marked again while it was refreshed: keep the mark and free the claim, so it is taken again
            if (!refreshed || mongo.remove(Query.query(Criteria.where("_id").is(village).and("mark").is(mark)), DUE)
                    .getDeletedCount() == 0) {
                mongo.updateFirst(Query.query(Criteria.where("_id").is(village)), new Update().unset("claimedUntil"), DUE);
            }
        }
        return true;
    }

    @Override
    protected void started(BackgroundThread thread) {
        // a refresh scheduled before a stop was dropped with it: its county must be free to schedule again
        scheduled.clear();
        lastRefreshNanos.clear();
        dueCounties.sweepEveryCountyNext();
    }
}
