package org.villagegov.council.suggestion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

/**
 * Assigned suggestions past their deadline go up to the township: the village cannot keep them
 * quiet by simply not answering. Every instance sweeps; each suggestion is claimed by a
 * conditional update (still ASSIGNED, not yet escalated), so with two instances it is escalated
 * exactly once.
 */
@Component
class Escalation {

    private static final Logger log = LoggerFactory.getLogger(Escalation.class);

    private final MongoTemplate mongo;
    private final TenantRegistry registry;
    private final CountyTime time;

    Escalation(MongoTemplate mongo, TenantRegistry registry, CountyTime time) {
        this.mongo = mongo;
        this.registry = registry;
        this.time = time;
    }

    @Scheduled(fixedDelayString = "${council.escalation-interval:PT1H}", initialDelayString = "${council.escalation-interval:PT1H}")
    void everyCounty() {
        for (var county : registry.activeCounties()) {
            try {
                List<String> escalated = TenantContext.call(county.id(), this::escalateOverdue);
                if (!escalated.isEmpty()) {
                    log.info("Escalated {} overdue suggestions to the township", escalated.size());
                }
            } catch (RuntimeException e) {
                log.warn("Suggestion escalation of county {} failed: {}", county.id(), e.getMessage());
            }
        }
    }

    /** Escalates the current county's overdue suggestions; returns the ids this call escalated. */
    List<String> escalateOverdue() {
        LocalDate today = time.today();
        Criteria overdue = Criteria.where("status").is(Suggestion.Status.ASSIGNED).and("deadline").lt(today)
                .and("escalatedToTownship").ne(true);
        List<String> escalated = new ArrayList<>();
        for (Suggestion suggestion : mongo.find(Query.query(overdue), Suggestion.class)) {
            boolean claimed = mongo.updateFirst(Query.query(Criteria.where("_id").is(suggestion.id())
                            .and("status").is(Suggestion.Status.ASSIGNED).and("escalatedToTownship").ne(true)),
                    new Update().set("escalatedToTownship", true).set("escalatedAt", time.now()).inc("version", 1),
                    Suggestion.class).getModifiedCount() == 1;
            if (claimed) {
                escalated.add(suggestion.id());
            }
        }
        return escalated;
    }
}
