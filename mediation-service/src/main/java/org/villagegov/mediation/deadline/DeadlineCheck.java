package org.villagegov.mediation.deadline;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.villagegov.mediation.dispute.Cases;
import org.villagegov.mediation.dispute.Level;
import org.villagegov.mediation.dispute.MediationCase;
import org.villagegov.mediation.triage.TriageRules;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.tenancy.TenantRegistry;

/**
 * Escalates cases past their acceptance or resolution deadline, and failed cases left waiting
 * past their next-step deadline, one level ({@code case.escalated}). Safe with several
 * instances: each case is claimed by a conditional update (the save is conditional on the
 * version read, so when two instances escalate the same case one write wins, the other is
 * dropped, and the event is raised once). A county-level case has nowhere to go: it stays on
 * the overdue list, and a failed one is flagged overdue once (conditional on not being flagged).
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

    /** The cases past a deadline as of today: the candidates of the check and of the overdue list. */
    static Criteria overdue(LocalDate today) {
        return new Criteria().orOperator(
                Criteria.where("status").is(MediationCase.Status.OPEN).and("acceptanceDeadline").lt(today),
                Criteria.where("status").is(MediationCase.Status.IN_MEDIATION).and("resolutionDeadline").lt(today),
                Criteria.where("status").is(MediationCase.Status.FAILED).and("failureDeadline").lt(today));
    }

    /** Escalates the current county's overdue cases below the county level; returns how many. */
    public int escalateOverdue() {
        LocalDate today = cases.today();
        int acceptanceDays = rules.current().acceptanceDays();
        int escalated = 0;
        for (MediationCase c : mongo.find(Query.query(overdue(today)), MediationCase.class)) {
            if (!c.overdue(today)) {
                continue;
            }
            if (c.level() == Level.COUNTY) {
                flagFailed(c, today);
                continue;
            }
            String reason = switch (c.status()) {
                case OPEN -> "not accepted by " + c.acceptanceDeadline();
                case FAILED -> "failed and left waiting past " + c.failureDeadline();
                default -> "not resolved by " + c.resolutionDeadline();
            };
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

    /** A county-level failed case past its deadline: marked once, whichever instance gets there first. */
    private void flagFailed(MediationCase c, LocalDate today) {
        if (c.status() != MediationCase.Status.FAILED || c.overdueFlaggedOn() != null) {
            return;
        }
        boolean flagged = mongo.updateFirst(Query.query(Criteria.where("_id").is(c.id())
                        .and("status").is(MediationCase.Status.FAILED).and("overdueFlaggedOn").is(null)),
                new Update().set("overdueFlaggedOn", today), MediationCase.class).getModifiedCount() == 1;
        if (flagged) {
            log.info("Failed county-level case {} is past its deadline to be referred or closed", c.id());
        }
    }
}
