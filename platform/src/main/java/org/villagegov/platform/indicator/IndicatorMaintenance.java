package org.villagegov.platform.indicator;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.villagegov.platform.background.BackgroundThread;
import org.villagegov.platform.tenancy.Tenant;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.tenancy.TenantRegistry;
import org.villagegov.platform.time.CountyTime;

/**
 * The background work of the indicators: finishing changes a crash left pending and villages
 * still due for a refresh (every sweep),
 * and the nightly reconciliation that repairs drift, once a day per county, whichever instance
 * claims the day first.
 */
public class IndicatorMaintenance implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IndicatorMaintenance.class);

    private final IndicatorLedger ledger;
    private final IndicatorRefresher refresher;
    private final Reconciliation reconciliation;
    private final TenantRegistry registry;
    private final MongoTemplate mongo;
    private final CountyTime time;
    private final IndicatorProperties properties;
    private final BackgroundThread thread;
    private volatile boolean sweptEveryCounty;

    public IndicatorMaintenance(IndicatorLedger ledger, IndicatorRefresher refresher, Reconciliation reconciliation,
                                TenantRegistry registry, MongoTemplate mongo, CountyTime time,
                                IndicatorProperties properties) {
        this.ledger = ledger;
        this.refresher = refresher;
        this.reconciliation = reconciliation;
        this.registry = registry;
        this.mongo = mongo;
        this.time = time;
        this.properties = properties;
        this.thread = new BackgroundThread("indicators", log, "Indicator maintenance failed, the next round retries");
    }

    /**
     * Refreshes villages still marked due (a mark whose nudge was lost with its instance) in the
     * counties marked as having some. The first sweep after start goes through every county, and
     * also finishes changes a crash left pending for longer than the sweep interval; later, a
     * change left pending by a crash is finished by the village's next refresh or by the nightly
     * reconciliation, so idle counties cost no queries between.
     */
    public int sweep() {
        Set<String> active = registry.activeCounties().stream().map(Tenant::id).collect(Collectors.toSet());
        if (sweptEveryCounty) {
            return refresher.refreshMarkedCounties(active);
        }
        int done = 0;
        for (String county : active) {
            done += TenantContext.call(county, () -> ledger.completeStale(properties.sweepInterval()) + refresher.refreshDue());
        }
        sweptEveryCounty = true;
        return done;
    }

    /** Once the nightly hour has come: reconciles and repairs each county not yet done today; returns how many. */
    public int nightly() {
        if (time.wallClock().toLocalTime().isBefore(properties.reconcileAt())) {
            return 0;
        }
        LocalDate today = time.today();
        int reconciled = 0;
        for (var county : registry.activeCounties()) {
            if (TenantContext.call(county.id(), () -> claim(today))) {
                reconciliation.check(county.id(), true);
                reconciled++;
            }
        }
        return reconciled;
    }

    /** The day's reconciliation of the current county, for the first instance to ask. */
    private boolean claim(LocalDate today) {
        Query notToday = Query.query(Criteria.where("_id").is("reconciled").and("day").ne(today.toString()));
        try {
            var result = mongo.upsert(notToday, new Update().set("day", today.toString()), IndicatorLedger.META);
            return result.getModifiedCount() == 1 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException claimedElsewhere) {
            return false;
        }
    }

    @Override
    public void start() {
        sweptEveryCounty = false;  // after a stop, work may have been left anywhere
        thread.start();
        thread.every(properties.sweepInterval(), this::sweep);
        thread.every(Duration.ofMinutes(1), this::nightly);
    }

    @Override
    public void stop() {
        thread.stop();
    }

    @Override
    public boolean isRunning() {
        return thread.isRunning();
    }
}
