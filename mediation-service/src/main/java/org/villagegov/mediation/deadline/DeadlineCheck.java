package org.villagegov.mediation.deadline;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.villagegov.platform.background.PendingCounties;
import org.villagegov.mediation.dispute.Cases;
import org.villagegov.mediation.dispute.CasesWithDeadlines;
import org.villagegov.mediation.dispute.MediationCase;
import org.villagegov.mediation.triage.TriageRules;
import org.villagegov.platform.tenancy.TenantRegistry;
import org.villagegov.platform.time.CountyTime;

/**
 * Escalates cases past their acceptance or resolution deadline, and failed cases left waiting
 * past their next-step deadline, one level ({@code case.escalated}). Safe with several
 * instances: each case is claimed by a conditional update (the save is conditional on the
 * version read, so when two instances escalate the same case one write wins, the other is
 * dropped, and the event is raised once). A county-level case has nowhere to go: it stays on
 * the overdue list, and a failed one is flagged overdue once (conditional on not being flagged).
 * What happens to each case is {@link OverdueDecision}'s pure decision. Only counties that may
 * hold such a case are looked at ({@link CasesWithDeadlines}), so idle counties cost nothing.
 */
@Component
class DeadlineCheck {

    private static final Logger log = LoggerFactory.getLogger(DeadlineCheck.class);

    private final DeadlineQueries queries;
    private final Cases cases;
    private final TriageRules rules;
    private final TenantRegistry registry;
    private final CountyTime time;
    private final CasesWithDeadlines withDeadlines;

    DeadlineCheck(DeadlineQueries queries, Cases cases, TriageRules rules, TenantRegistry registry, CountyTime time,
                  CasesWithDeadlines withDeadlines) {
        this.queries = queries;
        this.cases = cases;
        this.rules = rules;
        this.registry = registry;
        this.time = time;
        this.withDeadlines = withDeadlines;
    }

    /** Checks every marked active county (the first time after a start: every active county); returns how many escalated. */
    @Scheduled(fixedDelayString = "${mediation.deadline-check-interval:PT15M}",
            initialDelayString = "${mediation.deadline-check-interval:PT15M}")
    int sweep() {
        return withDeadlines.sweep(registry.activeCounties(),
                PendingCounties.eachCountyAlone(log, "Deadline check", this::escalateOverdueAndLog));
    }

    private int escalateOverdueAndLog() {
        int escalated = escalateOverdue();
        if (escalated > 0) {
            log.info("Escalated {} overdue cases", escalated);
        }
        return escalated;
    }

    /** Escalates the current county's overdue cases below the county level; returns how many. */
    int escalateOverdue() {
        LocalDate today = time.today();
        List<MediationCase> overdue = queries.overdue(today);
        if (overdue.isEmpty()) {
            return 0;  // nothing to escalate: the county's rules need not be read
        }
        int acceptanceDays = rules.current().acceptanceDays();
        int escalated = 0;
        for (MediationCase c : overdue) {
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
