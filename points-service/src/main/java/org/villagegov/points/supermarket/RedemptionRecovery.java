package org.villagegov.points.supermarket;

import java.time.Instant;
import java.util.Date;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.tenancy.TenantRegistry;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.points.config.PointsProperties;

/**
 * Finishes redemption sagas whose lease ran out (the instance driving them crashed or hung).
 * Each is claimed with a conditional update on {@code claimedUntil}, so only one instance
 * recovers it; recovery voids the pending debit first, so a late debit can no longer land.
 */
@Component
class RedemptionRecovery {

    private static final Logger log = LoggerFactory.getLogger(RedemptionRecovery.class);

    private final MongoTemplate mongo;
    private final RedemptionSaga saga;
    private final TenantRegistry registry;
    private final PointsProperties properties;
    private final CountyTime time;

    RedemptionRecovery(MongoTemplate mongo, RedemptionSaga saga, TenantRegistry registry, PointsProperties properties,
                       CountyTime time) {
        this.mongo = mongo;
        this.saga = saga;
        this.registry = registry;
        this.properties = properties;
        this.time = time;
    }

    @Scheduled(fixedDelayString = "${points.sweep-interval:PT30S}", initialDelayString = "${points.sweep-interval:PT30S}")
    void sweepAllCounties() {
        for (var county : registry.activeCounties()) {
            try {
                TenantContext.run(county.id(), this::recoverStale);
            } catch (RuntimeException e) {
                log.warn("Redemption recovery failed in {}: {}", county.id(), e.getMessage());
            }
        }
    }

    /** Recovers the current county's stale sagas; returns how many it took over. */
    int recoverStale() {
        Instant now = time.now();
        Criteria stale = Criteria.where("status").in(Redemption.Status.PENDING, Redemption.Status.REFUNDING)
                .and("claimedUntil").lt(Date.from(now));
        int recovered = 0;
        for (Redemption redemption : mongo.find(Query.query(stale).limit(200), Redemption.class)) {
            Query claim = Query.query(Criteria.where("_id").is(redemption.id()).and("status").is(redemption.status())
                    .and("claimedUntil").lt(Date.from(now)));
            Update lease = new Update().set("claimedUntil", Date.from(now.plus(properties.redemptionLease()))).inc("version", 1);
            if (mongo.updateFirst(claim, lease, Redemption.class).getModifiedCount() != 1) {
                continue;
            }
            if (redemption.status() == Redemption.Status.PENDING) {
                saga.recoverPending(redemption);
            } else {
                saga.finishRefund(redemption);
            }
            recovered++;
        }
        return recovered;
    }
}
