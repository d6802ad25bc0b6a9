package org.villagegov.points.award;

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
import org.villagegov.points.account.Ledger;

/**
 * Credits awards whose notice period is over. Each award is claimed APPROVED -> CREDITING with
 * a conditional update (one instance wins), posted to the ledger under {@code award:<id>}
 * (idempotent), then marked CREDITED. An award left in CREDITING by a crash is finished by the
 * next sweep; posting it again is a no-op.
 */
@Component
class AwardCrediting {

    private static final Logger log = LoggerFactory.getLogger(AwardCrediting.class);

    private final MongoTemplate mongo;
    private final Ledger ledger;
    private final TenantRegistry registry;
    private final CountyTime time;

    AwardCrediting(MongoTemplate mongo, Ledger ledger, TenantRegistry registry, CountyTime time) {
        this.mongo = mongo;
        this.ledger = ledger;
        this.registry = registry;
        this.time = time;
    }

    @Scheduled(fixedDelayString = "${points.sweep-interval:PT30S}", initialDelayString = "${points.sweep-interval:PT30S}")
    void sweepAllCounties() {
        for (var county : registry.activeCounties()) {
            try {
                TenantContext.run(county.id(), this::creditDue);
            } catch (RuntimeException e) {
                log.warn("Crediting due awards failed in {}: {}", county.id(), e.getMessage());
            }
        }
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
