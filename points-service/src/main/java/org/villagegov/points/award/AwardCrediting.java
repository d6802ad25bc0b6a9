package org.villagegov.points.award;

import java.time.Clock;
import java.time.Duration;
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
import org.villagegov.points.account.Ledger;

/**
 * Credits awards whose notice period is over. Each award is claimed APPROVED -> CREDITING with
 * a conditional update (one instance wins), posted to the ledger under {@code award:<id>}
 * (idempotent), then marked CREDITED. An award left in CREDITING by a crash is finished by the
 * next sweep; posting it again is a no-op.
 * <p>
 * So that idle counties cost nothing, the sweep looks only at counties marked as holding approved
 * awards ({@link PendingCounties} in {@value #PENDING}): an approval marks its county before it is
 * stored ({@link #expect}), and a mark is let go once the county has no award approved or being
 * credited. The first sweep after a start looks at every county (and marks those with awards still
 * on notice), for awards approved before marks existed.
 */
@Component
class AwardCrediting {

    private static final Logger log = LoggerFactory.getLogger(AwardCrediting.class);
    static final String PENDING = "award_crediting_counties";
    /** Longer than an approval takes from its mark to its write, so no mark is let go under a write relying on it. */
    private static final Duration SETTLE = Duration.ofMinutes(1);

    private final MongoTemplate mongo;
    private final Ledger ledger;
    private final TenantRegistry registry;
    private final CountyTime time;
    private final PendingCounties pending;

    AwardCrediting(MongoTemplate mongo, Ledger ledger, TenantRegistry registry, CountyTime time, Clock clock) {
        this.mongo = mongo;
        this.ledger = ledger;
        this.registry = registry;
        this.time = time;
        this.pending = new PendingCounties(mongo, PENDING, clock, SETTLE);
    }

    /** Before an award of the current county is approved: marks the county for the sweep. */
    void expect() {
        pending.mark(TenantContext.require());
    }

    /** Credits the due awards of every marked active county (the first time: of every active county); returns how many. */
    @Scheduled(fixedDelayString = "${points.sweep-interval:PT30S}", initialDelayString = "${points.sweep-interval:PT30S}")
    int sweep() {
        return pending.sweep(registry.activeCounties(), PendingCounties.eachCountyAlone(log, "Crediting due awards", this::creditDue),
                () -> !mongo.exists(Query.query(Criteria.where("status").in(Award.Status.APPROVED, Award.Status.CREDITING)),
                        Award.class));
    }

    /** Credits every due award of the current county; returns how many were credited now. */
    int creditDue() {
        Instant now = time.now();
        Query due = Query.query(new Criteria().orOperator(
                Criteria.where("status").is(Award.Status.APPROVED).and("noticeUntil").lte(Date.from(now)),
                Criteria.where("status").is(Award.Status.CREDITING)));
        int credited = 0;
        for (Award award : mongo.find(due.limit(500), Award.class)) {
            if (award.status() == Award.Status.APPROVED && !claim(award, now)) {
                continue;
            }
            ledger.post(award.credit());
            var done = mongo.updateFirst(Query.query(Criteria.where("_id").is(award.id()).and("status").is(Award.Status.CREDITING)),
                    new Update().set("status", Award.Status.CREDITED).set("creditedAt", Date.from(now)).inc("version", 1),
                    Award.class);
            credited += (int) done.getModifiedCount();
        }
        return credited;
    }

    private boolean claim(Award award, Instant now) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(award.id()).and("status").is(Award.Status.APPROVED)
                                .and("noticeUntil").lte(Date.from(now))),
                        new Update().set("status", Award.Status.CREDITING).inc("version", 1), Award.class)
                .getModifiedCount() == 1;
    }
}
