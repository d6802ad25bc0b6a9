package org.villagegov.platform.indicator;

import java.time.Duration;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.villagegov.platform.background.BackgroundThread;
import org.villagegov.platform.background.BackgroundWorker;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.tenancy.TenantRegistry;
import org.villagegov.platform.time.CountyTime;

/**
 * The background work of the indicators: finishing changes a crash left pending and villages
 * still due for a refresh (every sweep),
 * and the nightly reconciliation that repairs drift, once a day per county, whichever instance
 * claims the day first.
 */
public class IndicatorMaintenance extends BackgroundWorker {

    private static final Logger log = LoggerFactory.getLogger(IndicatorMaintenance.class);

    private final IndicatorRefresher refresher;
    private final Reconciliation reconciliation;
    private final TenantRegistry registry;
    private final MongoTemplate mongo;
    private final CountyTime time;
    private final IndicatorProperties properties;

    public IndicatorMaintenance(IndicatorRefresher refresher, Reconciliation reconciliation, TenantRegistry registry,
                                MongoTemplate mongo, CountyTime time, IndicatorProperties properties) {
        super("indicators", log, "Indicator maintenance failed, the next round retries");
        this.refresher = refresher;
        this.reconciliation = reconciliation;
        this.registry = registry;
        this.mongo = mongo;
        this.time = time;
        this.properties = properties;
    }

    /**
     * Refreshes villages still marked due (a mark whose nudge was lost with its instance) and
     * finishes changes a crash left pending for longer than the sweep interval, in the counties
     * marked as having due villages (the first sweep after start: in every county). A change a
     * crash left in an unmarked county is finished by the village's next refresh or by the
     * nightly reconciliation, so idle counties cost no queries between.
     */
    public int sweep() {
        return refresher.sweep(registry.activeCounties(), properties.sweepInterval());
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
    protected void started(BackgroundThread thread) {
        thread.every(properties.sweepInterval(), this::sweep);
        thread.every(Duration.ofMinutes(1), this::nightly);
    }
}
