package org.villagegov.mediation.deadline;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.villagegov.mediation.dispute.Cases;
import org.villagegov.mediation.dispute.Level;
import org.villagegov.mediation.dispute.MediationCase;
import org.villagegov.mediation.triage.TriageRules;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.tenancy.TenantRegistry;

/**
 * Escalates cases past their acceptance or resolution deadline one level ({@code case.escalated}).
 * Safe with several instances: each case is saved with its version, so when two instances
 * escalate the same case, one save wins and the other is dropped. A county-level case has
 * nowhere to go; it stays on the overdue list.
 */
@Component
public class DeadlineCheck {

    private static final Logger log = LoggerFactory.getLogger(DeadlineCheck.class);

    private final MongoTemplate mongo;
    private final Cases cases;
    private final TriageRules rules;
    private final TenantRegistry registry;
    private final Clock clock;

    DeadlineCheck(MongoTemplate mongo, Cases cases, TriageRules rules, TenantRegistry registry, Clock clock) {
        this.clock = clock;
        this.mongo = mongo;
        this.cases = cases;
        this.rules = rules;
        this.registry = registry;
    }

    @Scheduled(fixedDelayString = "${mediation.deadline-check-interval:PT15M}",
            initialDelayString = "${mediation.deadline-check-interval:PT15M}")
    void everyCounty() {
        for (var county : registry.activeCounties()) {
            try {
                int escalated = TenantContext.call(county.id(), this::escalateOverdue);
                if (escalated > 0) {
                    log.info("Escalated {} overdue cases", escalated);
                }
            } catch (RuntimeException e) {
                log.warn("Deadline check of county {} failed: {}", county.id(), e.getMessage());
            }
        }
    }

    /** Escalates the current county's overdue cases below the county level; returns how many. */
    public int escalateOverdue() {
        LocalDate today = cases.today();
        int acceptanceDays = rules.current().acceptanceDays();
        Query candidates = Query.query(new Criteria().orOperator(
                Criteria.where("status").is(MediationCase.Status.OPEN).and("acceptanceDeadline").lt(today),
                Criteria.where("status").is(MediationCase.Status.IN_MEDIATION).and("resolutionDeadline").lt(today)));
        int escalated = 0;
        for (MediationCase c : mongo.find(candidates, MediationCase.class)) {
            if (!c.overdue(today) || c.level() == Level.COUNTY) {
                continue;
            }
            String reason = c.status() == MediationCase.Status.OPEN
                    ? "not accepted by " + c.acceptanceDeadline() : "not resolved by " + c.resolutionDeadline();
            c.escalate("overdue: " + reason, "deadline-check", today, acceptanceDays, clock.instant());
            try {
                cases.save(c);
                escalated++;
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                log.debug("Case {} changed while escalating; the next check looks again", c.id());
            }
        }
        return escalated;
    }
}
