package org.villagegov.council.suggestion;

import java.time.Clock;
import java.time.Duration;
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
import org.villagegov.platform.background.PendingCounties;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.tenancy.TenantRegistry;
import org.villagegov.platform.time.CountyTime;

/**
 * Assigned suggestions past their deadline go up to the township: the village cannot keep them
 * quiet by simply not answering. Every instance sweeps; each suggestion is claimed by a
 * conditional update (still ASSIGNED, not yet escalated), so with two instances it is escalated
 * exactly once.
 * <p>
 * So that idle counties cost nothing, the sweep looks only at counties marked as holding assigned
 * suggestions not yet escalated ({@link PendingCounties} in {@value #PENDING}): an assignment marks
 * its county before it is stored ({@link #expect}), and a mark is let go once the county holds none.
 * The first sweep after a start looks at every county (and marks those whose deadlines are still
 * ahead), for assignments stored before marks existed.
 */
@Component
class Escalation {

    private static final Logger log = LoggerFactory.getLogger(Escalation.class);
    static final String PENDING = "suggestion_escalation_counties";
    /** Longer than an assignment takes from its mark to its write, so no mark is let go under a write relying on it. */
    private static final Duration SETTLE = Duration.ofMinutes(1);

    private final MongoTemplate mongo;
    private final TenantRegistry registry;
    private final CountyTime time;
    private final PendingCounties pending;

    Escalation(MongoTemplate mongo, TenantRegistry registry, CountyTime time, Clock clock) {
        this.mongo = mongo;
        this.registry = registry;
        this.time = time;
        this.pending = new PendingCounties(mongo, PENDING, clock, SETTLE);
    }

    /** Before a suggestion of the current county is assigned with a deadline: marks the county for the sweep. */
    void expect() {
        pending.mark(TenantContext.require());
    }

    /** Escalates in every marked active county (the first time: every active county); returns how many. */
    @Scheduled(fixedDelayString = "${council.escalation-interval:PT1H}", initialDelayString = "${council.escalation-interval:PT1H}")
    int sweep() {
        return pending.sweep(registry.activeCounties(),
                PendingCounties.eachCountyAlone(log, "Suggestion escalation", this::escalateOverdueAndLog),
                () -> !mongo.exists(Query.query(notEscalated()), Suggestion.class));
    }

    private int escalateOverdueAndLog() {
        List<String> escalated = escalateOverdue();
        if (!escalated.isEmpty()) {
            log.info("Escalated {} overdue suggestions to the township", escalated.size());
        }
        return escalated.size();
    }

    /** Assigned and not escalated yet: what the sweep escalates once its deadline has passed. */
    private static Criteria notEscalated() {
        return Criteria.where("status").is(Suggestion.Status.ASSIGNED).and("escalatedToTownship").ne(true);
    }

    /** Escalates the current county's overdue suggestions; returns the ids this call escalated. */
    List<String> escalateOverdue() {
        LocalDate today = time.today();
        Criteria overdue = notEscalated().and("deadline").lt(today);
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
