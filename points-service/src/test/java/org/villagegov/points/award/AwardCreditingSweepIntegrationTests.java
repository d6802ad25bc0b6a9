package org.villagegov.points.award;

import java.time.Duration;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.tenancy.TenantId;
import org.villagegov.platform.test.CommandCount;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.points.PointsTestSupport;
import org.villagegov.points.account.Ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;

/**
 * The crediting sweep of an instance that has just started (built here over a client that counts
 * commands): an idle county costs it queries on the first sweep only, and an approved award is
 * still credited once its notice period is over, also when it was approved before the start.
 */
class AwardCreditingSweepIntegrationTests extends PointsTestSupport {

    private static final String IDLE_DATABASE = "points_" + IDLE_COUNTY;

    @Autowired
    Ledger ledger;
    @Autowired
    CountyTime time;

    @RegisterExtension
    final CommandCount commands = new CommandCount();

    private AwardCrediting started() {
        return new AwardCrediting(countedBy(commands), ledger, withIdleCounty(), time, clock);
    }

    private String approved(String household) throws Exception {
        // a mark this instance wrote less than a third of its settling time ago is not written again
        clock.advance(Duration.ofMinutes(1));
        String award = postJson("/api/v1/points/awards", gridWorker(), """
                {"householdId":"%s","ruleCode":"volunteering","evidence":"photo","occurredOn":"%s"}
                """.formatted(household, CountyTime.today(clock))).get("id").asString();
        mvc.perform(post("/api/v1/points/awards/" + award + "/approve").header("Authorization", cadre()))
                .andExpect(status().isOk());
        return award;
    }

    private void assertCredited(String award) throws Exception {
        mvc.perform(get("/api/v1/points/awards/" + award).header("Authorization", cadre()))
                .andExpect(jsonPath("$.status").value("CREDITED"));
    }

    private Document mark() {
        return TenantContext.call(TenantId.PLATFORM, () -> mongo.findById(DAYE, Document.class, AwardCrediting.PENDING));
    }

    @Test
    void whenACountyIsIdleThenOnlyTheFirstSweepQueriesItAndAnApprovedAwardIsStillCredited() throws Exception {
        AwardCrediting crediting = started();
        crediting.sweep();
        assertThat(commands.to(IDLE_DATABASE)).as("the first sweep after a start looks at every county").isPositive();

        String award = approved(household());
        assertThat(mark()).as("the approval marked its county").isNotNull();
        commands.reset();
        crediting.sweep();
        clock.advance(Duration.ofDays(3).plusMinutes(1));
        crediting.sweep();

        assertCredited(award);
        assertThat(commands.to(IDLE_DATABASE)).as("an idle county costs later sweeps nothing").isZero();
    }

    @Test
    void whenAnAwardWasApprovedBeforeAStartWithoutAMarkThenTheFirstSweepMarksItsCountyAndItIsCredited() throws Exception {
        String award = approved(household());
        // as if approved by a version without marks
        TenantContext.run(TenantId.PLATFORM, () -> mongo.remove(Query.query(Criteria.where("_id").is(DAYE)), AwardCrediting.PENDING));

        AwardCrediting restarted = started();
        restarted.sweep();
        assertThat(mark()).as("still on notice: the first sweep leaves its county marked").isNotNull();

        clock.advance(Duration.ofDays(3).plusMinutes(1));
        commands.reset();
        assertThat(restarted.sweep()).isPositive();
        assertCredited(award);
        assertThat(commands.to(IDLE_DATABASE)).isZero();
    }
}
