package org.villagegov.mediation.deadline;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.villagegov.mediation.dispute.Cases;
import org.villagegov.mediation.dispute.MediationCase;
import org.villagegov.mediation.triage.TriageRules;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.tenancy.TenantRegistry;
import org.villagegov.platform.time.CountyTime;

/**
 * Escalates cases past their acceptance or resolution deadline, and failed cases left waiting
 * past their next-step deadline, one level ({@code case.escalated}). Safe with several
 * instances: each case is claimed by a conditional update (the save is conditional on the
 * version read, so when two instances escalate the same case one write wins, the other is
 * dropped, and the event is raised once). A county-level case has nowhere to go: it stays on
 * the overdue list, and a failed one is flagged overdue once (conditional on not being flagged).
 * What happens to each case is {@link OverdueDecision}'s pure decision.
 */
@Component
class DeadlineCheck {

    private static final Logger log = LoggerFactory.getLogger(DeadlineCheck.class);

    private final DeadlineQueries queries;
    private final Cases cases;
    private final TriageRules rules;
    private final TenantRegistry registry;
    private final CountyTime time;

    DeadlineCheck(DeadlineQueries queries, Cases cases, TriageRules rules, TenantRegistry registry, CountyTime time) {
        this.queries = queries;
        this.cases = cases;
        this.rules = rules;
        this.registry = registry;
        this.time = time;
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
    int escalateOverdue() {
        LocalDate today = time.today();
        int acceptanceDays = rules.current().acceptanceDays();
        int escalated = 0;
        for (MediationCase c : queries.overdue(today)) {
            switch (OverdueDecision.of(c, today)) {
                case OverdueDecision.Nothing nothing -> {
                }
                case OverdueDecision.FlagFailed flag -> {
                    if (queries.flagFailedOnce(c.id(), today)) {
                        log.info("Failed county-level case {} is past its deadline to be referred or closed", c.id());
                    }
                }
                case OverdueDecision.Escalate escalate -> {
                    c.escalate(escalate.reason(), "deadline-check", today, acceptanceDays, time.now());
                    try {
                        cases.save(c);
                        escalated++;
                    } catch (OptimisticLockingFailureException changedMeanwhile) {
                        log.debug("Case {} changed while escalating; the next check looks again", c.id());
                    }
                }
            }
        }
        return escalated;
    }
}
