package org.villagegov.points.account;

import java.util.Date;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.villagegov.platform.background.PendingCounties;
import org.villagegov.platform.tenancy.TenantRegistry;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.points.config.PointsProperties;

/**
 * Decides passbook lines whose writer was killed between the two writes ({@link Ledger}): a line
 * still PENDING after the lease a posting step may take ({@code points.redemption-lease}) is
 * decided as the next attempt of its posting would. Deciding is a conditional update from the
 * account's {@code seq}, so two instances sweeping, or a sweep racing the late writer, decide it
 * once. An undecided line is in no balance and no sum, so balance == ledger holds before too.
 * <p>
 * So that idle counties cost nothing, the sweep looks only at counties marked as possibly holding
 * an undecided line ({@link Ledger#undecided}: a posting marks its county before it writes its
 * line; a mark is let go once the county has no line PENDING). The first sweep after a start looks
 * at every county.
 */
@Component
class LedgerRecovery {

    private static final Logger log = LoggerFactory.getLogger(LedgerRecovery.class);

    private final MongoTemplate mongo;
    private final Ledger ledger;
    private final TenantRegistry registry;
    private final PointsProperties properties;
    private final CountyTime time;

    LedgerRecovery(MongoTemplate mongo, Ledger ledger, TenantRegistry registry, PointsProperties properties,
                   CountyTime time) {
        this.mongo = mongo;
        this.ledger = ledger;
        this.registry = registry;
        this.properties = properties;
        this.time = time;
    }

    /** Decides the stale lines of every marked active county (the first time: of every active county); returns how many. */
    @Scheduled(fixedDelayString = "${points.sweep-interval:PT30S}", initialDelayString = "${points.sweep-interval:PT30S}")
    int sweep() {
        return ledger.undecided().sweep(registry.activeCounties(),
                PendingCounties.eachCountyAlone(log, "Deciding undecided passbook lines", this::decideStale),
                () -> !mongo.exists(Query.query(Criteria.where("state").is(PassbookEntry.State.PENDING)), PassbookEntry.class));
    }

    /** Decides the current county's undecided lines older than the lease; returns how many it decided. */
    int decideStale() {
        Date before = Date.from(time.now().minus(properties.redemptionLease()));
        Query stale = Query.query(Criteria.where("state").is(PassbookEntry.State.PENDING).and("at").lt(before)).limit(200);
        int decided = 0;
        for (PassbookEntry line : mongo.find(stale, PassbookEntry.class)) {
            decided += ledger.finish(line) ? 1 : 0;
        }
        return decided;
    }
}
