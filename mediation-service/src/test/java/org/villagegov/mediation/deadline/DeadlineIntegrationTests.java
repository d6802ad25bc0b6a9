package org.villagegov.mediation.deadline;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.villagegov.mediation.MediationTestSupport;
import org.villagegov.platform.tenancy.TenantContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.villagegov.platform.test.TestTenants.DAYE;

class DeadlineIntegrationTests extends MediationTestSupport {

    private static final String CASES = "/api/v1/mediation/cases/";

    @Autowired
    DeadlineCheck check;

    private int runCheck() {
        return TenantContext.call(DAYE, check::escalateOverdue);
    }

    @Test
    void whenACaseIsNotAcceptedInTimeThenItIsOverdueAndTheCheckEscalatesIt() throws Exception {
        String id = openCase("NEIGHBOURHOOD", 100).get("id").asString();
        String mediatorId = mediator("VILLAGE", null, VILLAGE, "NEIGHBOURHOOD").get("id").asString();
        assign(id, mediatorId);
        clock.advance(Duration.ofDays(4));

        JsonNode overdue = getJson("/api/v1/mediation/overdue?level=VILLAGE&townshipId=" + TOWNSHIP, townshipOfficer());
        assertThat(overdue.findValuesAsString("id")).contains(id);
        assertThat(getJson("/api/v1/mediation/overdue?level=TOWNSHIP", townshipOfficer()).findValuesAsString("id"))
                .doesNotContain(id);
        assertThat(getJson("/api/v1/mediation/overdue", otherTownshipOfficer()).findValuesAsString("id")).doesNotContain(id);
        assertThat(call("POST", CASES + id + "/accept", cadre(), null).getStatus()).isEqualTo(409);

        assertThat(runCheck()).isGreaterThanOrEqualTo(1);

        JsonNode escalated = getJson(CASES + id, countyAdmin());
        assertThat(escalated.get("level").asString()).isEqualTo("TOWNSHIP");
        assertThat(escalated.get("status").asString()).isEqualTo("OPEN");
        assertThat(escalated.get("overdue").asBoolean()).isFalse();
        assertThat(escalated.get("acceptanceDeadline").asString()).isEqualTo(today().plusDays(3).toString());
        JsonNode event = json(outbox(id, "case.escalated").getFirst().getString("payload"));
        assertThat(event.get("fromLevel").asString()).isEqualTo("VILLAGE");
        assertThat(event.get("toLevel").asString()).isEqualTo("TOWNSHIP");
        assertThat(event.get("reason").asString()).startsWith("overdue");
        assertThat(event.get("villageId").asString()).isEqualTo(VILLAGE);
        // a second run finds nothing more to do for this case
        runCheck();
        assertThat(getJson(CASES + id, countyAdmin()).get("level").asString()).isEqualTo("TOWNSHIP");
    }

    @Test
    void whenACaseIsNotResolvedInTimeThenItEscalatesButAtTheCountyItStaysOverdue() throws Exception {
        String village = caseInMediation().get("id").asString();
        String county = postJson("/api/v1/mediation/cases", countyAdmin(), walkIn("DEBT", 500_000, household(), household()))
                .get("id").asString();
        // a county-level case is the county's to assign (the level policy)
        postJson(CASES + county + "/assignment", countyAdmin(), "{\"mediatorId\":\""
                + mediator("COUNTY", null, null, "DEBT").get("id").asString() + "\",\"overrideReason\":\"x\"}");
        postJson(CASES + county + "/accept", countyAdmin(), "");
        clock.advance(Duration.ofDays(31));

        runCheck();

        JsonNode up = getJson(CASES + village, countyAdmin());
        assertThat(up.get("level").asString()).isEqualTo("TOWNSHIP");
        assertThat(json(outbox(village, "case.escalated").getFirst().getString("payload")).get("reason").asString())
                .contains("not resolved");
        JsonNode stuck = getJson(CASES + county, countyAdmin());
        assertThat(stuck.get("level").asString()).isEqualTo("COUNTY");
        assertThat(stuck.get("overdue").asBoolean()).isTrue();
        assertThat(outbox(county, "case.escalated")).isEmpty();
        assertThat(getJson("/api/v1/mediation/overdue?level=COUNTY", countyAdmin()).findValuesAsString("id")).contains(county);
    }

    @Test
    void whenTheCountyShortensTheResolutionDeadlineThenNewAcceptancesUseIt() throws Exception {
        String changed = editable(getJson("/api/v1/mediation/rules", countyAdmin())).replace("\"resolutionDays\":30", "\"resolutionDays\":10");
        try {
            assertThat(call("PUT", "/api/v1/mediation/rules", countyAdmin(), changed).getStatus()).isEqualTo(200);
            JsonNode accepted = caseInMediation();
            assertThat(accepted.get("resolutionDeadline").asString()).isEqualTo(today().plusDays(10).toString());
        } finally {
            call("PUT", "/api/v1/mediation/rules", countyAdmin(),
                    editable(getJson("/api/v1/mediation/rules", countyAdmin())).replace("\"resolutionDays\":10", "\"resolutionDays\":30"));
        }
    }

    /** Two instances running the check at the same moment. */
    private void runTwoChecksAtOnce() throws Exception {
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var first = pool.submit(this::runCheck);
            var second = pool.submit(this::runCheck);
            first.get();
            second.get();
        }
    }

    @Test
    void whenAFailedCaseIsLeftWaitingPastItsDeadlineThenItIsOverdueAndTwoInstancesEscalateItOnce() throws Exception {
        String id = caseInMediation().get("id").asString();
        JsonNode failed = postJson(CASES + id + "/failure", cadre(), "{\"reason\":\"no agreement\"}");
        assertThat(failed.get("failureDeadline").asString()).isEqualTo(today().plusDays(7).toString());
        clock.advance(Duration.ofDays(7));
        assertThat(getJson(CASES + id, cadre()).get("overdue").asBoolean()).isFalse();
        clock.advance(Duration.ofDays(1));
        assertThat(getJson(CASES + id, cadre()).get("overdue").asBoolean()).isTrue();
        assertThat(getJson("/api/v1/mediation/overdue", cadre()).findValuesAsString("id")).contains(id);

        runTwoChecksAtOnce();
        runCheck();

        JsonNode escalated = getJson(CASES + id, countyAdmin());
        assertThat(escalated.get("level").asString()).isEqualTo("TOWNSHIP");
        assertThat(escalated.get("status").asString()).isEqualTo("OPEN");
        assertThat(escalated.get("failureDeadline").isNull()).isTrue();
        assertThat(outbox(id, "case.escalated")).hasSize(1);
        assertThat(json(outbox(id, "case.escalated").getFirst().getString("payload")).get("reason").asString())
                .startsWith("overdue: failed");
    }

    @Test
    void whenAFailedCountyCaseIsLeftWaitingThenItIsFlaggedOverdueOnceAndStaysAtTheCounty() throws Exception {
        String id = postJson("/api/v1/mediation/cases", countyAdmin(), walkIn("DEBT", 500_000, household(), household()))
                .get("id").asString();
        postJson(CASES + id + "/assignment", countyAdmin(), "{\"mediatorId\":\""
                + mediator("COUNTY", null, null, "DEBT").get("id").asString() + "\",\"overrideReason\":\"x\"}");
        postJson(CASES + id + "/accept", countyAdmin(), "");
        postJson(CASES + id + "/failure", countyAdmin(), "{\"reason\":\"no agreement\"}");
        clock.advance(Duration.ofDays(8));

        runTwoChecksAtOnce();
        String flaggedOn = stored(id).get("overdueFlaggedOn").toString();
        clock.advance(Duration.ofDays(1));
        runCheck();

        assertThat(stored(id).get("overdueFlaggedOn").toString()).isEqualTo(flaggedOn);
        assertThat(outbox(id, "case.escalated")).isEmpty();
        JsonNode stuck = getJson(CASES + id, countyAdmin());
        assertThat(stuck.get("level").asString()).isEqualTo("COUNTY");
        assertThat(stuck.get("status").asString()).isEqualTo("FAILED");
        assertThat(stuck.get("overdue").asBoolean()).isTrue();
        assertThat(getJson("/api/v1/mediation/overdue?level=COUNTY", countyAdmin()).findValuesAsString("id")).contains(id);
        // referring or closing it is still possible, and ends the wait
        assertThat(postJson(CASES + id + "/referral", countyAdmin(), "{\"forum\":\"LITIGATION\"}").get("overdue")
                .asBoolean()).isFalse();
    }

    @Test
    void whenTheCountySetsTheDaysAFailedCaseMayWaitThenNewFailuresUseThem() throws Exception {
        String changed = editable(getJson("/api/v1/mediation/rules", countyAdmin())).replace("\"failedDays\":7", "\"failedDays\":2");
        try {
            assertThat(call("PUT", "/api/v1/mediation/rules", countyAdmin(), changed).getStatus()).isEqualTo(200);
            String id = caseInMediation().get("id").asString();
            JsonNode failed = postJson(CASES + id + "/failure", cadre(), "{\"reason\":\"r\"}");
            assertThat(failed.get("failureDeadline").asString()).isEqualTo(today().plusDays(2).toString());
            assertThat(call("PUT", "/api/v1/mediation/rules", countyAdmin(), changed.replace("\"failedDays\":2", "\"failedDays\":0"))
                    .getStatus()).isEqualTo(400);
        } finally {
            call("PUT", "/api/v1/mediation/rules", countyAdmin(),
                    editable(getJson("/api/v1/mediation/rules", countyAdmin())).replace("\"failedDays\":2", "\"failedDays\":7"));
        }
    }

    /** The rules as read, less the fields a change does not send. */
    static String editable(JsonNode rules) {
        ObjectNode body = (ObjectNode) rules;
        body.remove("updatedBy");
        body.remove("updatedAt");
        return body.toString();
    }

    @Test
    void whenAnAgreementsFollowUpFallsDueThenItIsListed() throws Exception {
        JsonNode c = caseInMediation();
        String id = c.get("id").asString();
        session(id);
        agree(c);
        assertThat(getJson("/api/v1/mediation/follow-ups", cadre()).findValuesAsString("id")).doesNotContain(id);
        clock.advance(Duration.ofDays(30));
        assertThat(getJson("/api/v1/mediation/follow-ups", cadre()).findValuesAsString("id")).contains(id);
        assertThat(getJson("/api/v1/mediation/follow-ups", otherVillageCadre()).findValuesAsString("id")).doesNotContain(id);
    }
}
