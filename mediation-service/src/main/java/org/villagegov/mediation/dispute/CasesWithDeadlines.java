package org.villagegov.mediation.dispute;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.function.IntSupplier;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.villagegov.mediation.triage.Level;
import org.villagegov.platform.background.PendingCounties;
import org.villagegov.platform.tenancy.Tenant;
import org.villagegov.platform.tenancy.TenantContext;

/**
 * The counties that may hold a case the deadline check acts on, so that the check costs idle
 * counties nothing ({@link PendingCounties} in {@value #PENDING}): every write of a case waiting on
 * a deadline (open, in mediation, failed) marks its county first ({@link CaseQueries}), and a mark
 * is let go once the county holds no case the check could still escalate or flag.
 */
@Component
public class CasesWithDeadlines {

    static final String PENDING = "case_deadline_counties";
    /** Longer than a case write takes from its mark to its save, so no mark is let go under a write relying on it. */
    private static final Duration SETTLE = Duration.ofMinutes(1);

    private final MongoTemplate mongo;
    private final PendingCounties pending;

    /** Public for tests that build the check as a just-started instance would. */
    public CasesWithDeadlines(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.pending = new PendingCounties(mongo, PENDING, clock, SETTLE);
    }

    /** Before the case is stored in the current county: marks the county if the case waits on a deadline. */
    void expect(MediationCase c) {
        if (c.status() == MediationCase.Status.OPEN || c.status() == MediationCase.Status.IN_MEDIATION
                || c.status() == MediationCase.Status.FAILED) {
            pending.mark(TenantContext.require());
        }
    }

    /**
     * Runs the check in every marked active county (the first time after a start: in every active
     * county) and lets go of the marks of counties left with no such case; returns the check's sum.
     */
    public int sweep(Collection<Tenant> active, IntSupplier check) {
        return pending.sweep(active, check, () -> !mongo.exists(Query.query(stillChecked()), MediationCase.class));
    }

    /**
     * A case the check may still act on, now or when its deadline passes: one below the county
     * level waiting on a deadline, or a county-level failed case not yet flagged (the only thing
     * the check does at the county level).
     */
    private static Criteria stillChecked() {
        return new Criteria().orOperator(
                Criteria.where("level").ne(Level.COUNTY).and("status").in(MediationCase.Status.OPEN,
                        MediationCase.Status.IN_MEDIATION, MediationCase.Status.FAILED),
                Criteria.where("level").is(Level.COUNTY).and("status").is(MediationCase.Status.FAILED)
                        .and("overdueFlaggedOn").is(null));
    }
}
