package org.villagegov.mediation.deadline;

import java.time.Duration;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.villagegov.mediation.MediationTestSupport;
import org.villagegov.mediation.dispute.Cases;
import org.villagegov.mediation.dispute.CasesWithDeadlines;
import org.villagegov.mediation.triage.TriageRules;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.tenancy.TenantId;
import org.villagegov.platform.test.CommandCount;
import org.villagegov.platform.time.CountyTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.villagegov.platform.test.TestTenants.DAYE;

/**
 * The deadline check of an instance that has just started (built here over a client that counts
 * commands): an idle county costs it queries on the first check only, and a case past its deadline
 * is still escalated, also when it was opened before the start.
 */
class DeadlineCheckSweepIntegrationTests extends MediationTestSupport {

    private static final String IDLE_DATABASE = "mediation_" + IDLE_COUNTY;
    private static final String MARKS = "case_deadline_counties";

    @Autowired
    Cases cases;
    @Autowired
    TriageRules rules;
    @Autowired
    CountyTime time;

    @RegisterExtension
    final CommandCount commands = new CommandCount();

    private DeadlineCheck started() {
        return new DeadlineCheck(new DeadlineQueries(countedBy(commands)), cases, rules, withIdleCounty(), time,
                new CasesWithDeadlines(countedBy(commands), clock));
    }

    private String opened() throws Exception {
        // a mark this instance wrote less than a third of its settling time ago is not written again
        clock.advance(Duration.ofMinutes(1));
        return openCase("NEIGHBOURHOOD", 100).get("id").asString();
    }

    private String level(String caseId) {
        return stored(caseId).getString("level");
    }

    private Document mark() {
        return TenantContext.call(TenantId.PLATFORM, () -> mongo.findById(DAYE, Document.class, MARKS));
    }

    @Test
    void whenACountyIsIdleThenOnlyTheFirstCheckQueriesItAndAnOverdueCaseIsStillEscalated() throws Exception {
        DeadlineCheck check = started();
        check.sweep();
        assertThat(commands.to(IDLE_DATABASE)).as("the first check after a start looks at every county").isPositive();

        String id = opened();
        assertThat(mark()).as("opening the case marked its county").isNotNull();
        commands.reset();
        check.sweep();
        clock.advance(Duration.ofDays(4));
        check.sweep();

        assertThat(level(id)).isEqualTo("TOWNSHIP");
        assertThat(commands.to(IDLE_DATABASE)).as("an idle county costs later checks nothing").isZero();
    }

    @Test
    void whenACaseWasOpenedBeforeAStartWithoutAMarkThenTheFirstCheckMarksItsCountyAndItIsEscalated() throws Exception {
        String id = opened();
        // as if opened by a version without marks
        TenantContext.run(TenantId.PLATFORM, () -> mongo.remove(Query.query(Criteria.where("_id").is(DAYE)), MARKS));

        DeadlineCheck restarted = started();
        restarted.sweep();
        assertThat(mark()).as("its deadline still ahead: the first check leaves its county marked").isNotNull();

        clock.advance(Duration.ofDays(4));
        commands.reset();
        assertThat(restarted.sweep()).isPositive();
        assertThat(level(id)).isEqualTo("TOWNSHIP");
        assertThat(commands.to(IDLE_DATABASE)).isZero();
    }
}
