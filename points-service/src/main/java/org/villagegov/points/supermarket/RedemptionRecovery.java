package org.villagegov.points.supermarket;

import java.time.Clock;
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
import org.villagegov.platform.background.PendingCounties;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.tenancy.TenantRegistry;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.points.config.PointsProperties;

/**
 * Finishes redemption sagas whose lease ran out (the instance driving them crashed or hung).
 * Each is claimed with a conditional update on {@code claimedUntil}, so only one instance
 * recovers it; recovery voids the pending debit first, so a late debit can no longer land.
 * <p>
 * So that idle counties cost nothing, the sweep looks only at counties marked as possibly holding
 * an unfinished saga ({@link PendingCounties} in {@value #PENDING}): a redemption or refund marks
 * its county before the saga stores anything ({@link #expect}), and a mark is let go once the county
 * has no saga unfinished and the mark is older than a redemption lease (the longest a step may take,
 * so a saga relying on the mark has stored its redemption by then). The first sweep after a start
 * looks at every county.
 */
@Component
class RedemptionRecovery {

    private static final Logger log = LoggerFactory.getLogger(RedemptionRecovery.class);
    static final String PENDING = "redemption_recovery_counties";

    private final MongoTemplate mongo;
    private final RedemptionSaga saga;
    private final TenantRegistry registry;
    private final PointsProperties properties;
    private final CountyTime time;
    private final PendingCounties pending;

    RedemptionRecovery(MongoTemplate mongo, RedemptionSaga saga, TenantRegistry registry, PointsProperties properties,
                       CountyTime time, Clock clock) {
        this.mongo = mongo;
        this.saga = saga;
        this.registry = registry;
        this.properties = properties;
        this.time = time;
        this.pending = new PendingCounties(mongo, PENDING, clock, properties.redemptionLease());
    }

    /** Before a saga of the current county stores its first step: marks the county for the sweep. */
    void expect() {
        pending.mark(TenantContext.require());
    }

    /** Recovers the stale sagas of every marked active county (the first time: of every active county); returns how many. */
    @Scheduled(fixedDelayString = "${points.sweep-interval:PT30S}", initialDelayString = "${points.sweep-interval:PT30S}")
    int sweep() {
        return pending.sweep(registry.activeCounties(), PendingCounties.eachCountyAlone(log, "Redemption recovery", this::recoverStale),
                () -> !mongo.exists(Query.query(unfinished()), Redemption.class));
    }

    /** A saga not yet done, whoever drives it. */
    private static Criteria unfinished() {
        return Criteria.where("status").in(Redemption.Status.PENDING, Redemption.Status.REFUNDING);
    }

    /** Recovers the current county's stale sagas; returns how many it took over. */
    int recoverStale() {
        Instant now = time.now();
        Criteria stale = unfinished().and("claimedUntil").lt(Date.from(now));
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
