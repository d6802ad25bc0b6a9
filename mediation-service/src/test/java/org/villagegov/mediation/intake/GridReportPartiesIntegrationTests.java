package org.villagegov.mediation.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.villagegov.mediation.MediationTestSupport;
import org.villagegov.platform.tenancy.TenantContext;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.villagegov.platform.test.TestTenants.DAYE;

/** A grid report names household ids only: the staff add or correct the parties before acceptance. */
class GridReportPartiesIntegrationTests extends MediationTestSupport {

    private static final String CASES = "/api/v1/mediation/cases/";

    @Autowired
    Intake intake;

    /** A case from a grid report of Baisha naming these households. */
    private String reported(String... households) {
        String reportId = "report-" + UUID.randomUUID();
        TenantContext.run(DAYE, () -> intake.fromGridReport(new DisputeReported(reportId, TOWNSHIP, VILLAGE,
                List.of(households), "a quarrel over a ditch", "grid-worker-9", Instant.now())));
        return "grid-" + reportId;
    }

    private static String parties(String... households) {
        StringBuilder body = new StringBuilder("{\"parties\":[");
        for (int i = 0; i < households.length; i++) {
            body.append(i == 0 ? "" : ",").append("{\"kind\":\"HOUSEHOLD\",\"householdId\":\"").append(households[i]).append("\"}");
        }
        return body.append("]}").toString();
    }

    @Test
    void whenAReportNamedOnePartyThenNoAgreementUntilTheStaffAddTheOtherSide() throws Exception {
        String id = reported(household());
        assign(id, mediator("VILLAGE", null, VILLAGE, "NEIGHBOURHOOD").get("id").asString());
        JsonNode accepted = postJson(CASES + id + "/accept", cadre(), "");
        session(id);
        Document before = stored(id);

        MockHttpServletResponse alone = call("POST", CASES + id + "/agreement", cadre(),
                "{\"terms\":\"t\",\"signatures\":[{\"partyId\":\"p1\",\"signedOn\":\"" + today() + "\"}]}");

        assertThat(accepted.get("parties")).hasSize(1);
        assertThat(alone.getStatus()).as(alone.getContentAsString()).isEqualTo(422);
        assertThat(json(alone.getContentAsString()).get("errors").findValuesAsString("field")).contains("parties");
        assertThat(stored(id)).isEqualTo(before);
        assertThat(outbox(id, "case.resolved")).isEmpty();
    }

    @Test
    void whenTheCadreCorrectsThePartiesBeforeAcceptanceThenTheyAreCheckedInOneLookupAndTriageRunsAgain() throws Exception {
        String first = household();
        String id = reported(first);
        int batches = grid.batchLookups.get();

        JsonNode corrected = postPut(CASES + id + "/parties", cadre(), parties(first, household(), household()));

        assertThat(grid.batchLookups.get()).isEqualTo(batches + 1);
        assertThat(corrected.get("parties")).hasSize(3);
        assertThat(corrected.get("parties").get(2).get("name").asString()).startsWith("Head of hh-");
        assertThat(corrected.get("level").asString()).isEqualTo("VILLAGE");

        // a household of another village lifts the case to the township: the township officer's now
        JsonNode lifted = postPut(CASES + id + "/parties", countyAdmin(), parties(first, otherVillageHousehold()));
        assertThat(lifted.get("level").asString()).isEqualTo("TOWNSHIP");
    }

    @Test
    void whenPartiesAreCorrectedOutOfScopeOrTooLateOrOnAnotherCaseThenRefusedAndNothingStored() throws Exception {
        String id = reported(household());
        Document before = stored(id);
        // the cadre names a household of another village: the same answer as an unknown one
        assertRefused(call("PUT", CASES + id + "/parties", cadre(), parties(household(), otherVillageHousehold())), 422,
                "parties[1].householdId");
        assertRefused(call("PUT", CASES + id + "/parties", cadre(), parties(household(), "gone-x")), 422,
                "parties[1].householdId");
        assertRefused(call("PUT", CASES + id + "/parties", cadre(), parties(household())), 400, "parties");
        // another village's cadre does not see the case at all; a villager may not correct it
        assertThat(call("PUT", CASES + id + "/parties", otherVillageCadre(), parties(household(), household())).getStatus())
                .isEqualTo(404);
        assertThat(call("PUT", CASES + id + "/parties", villager("villager-corrects"), parties(household(), household()))
                .getStatus()).isEqualTo(403);
        assertThat(stored(id)).isEqualTo(before);

        // a walk-in's parties were checked at intake; an accepted case's are settled
        String walkIn = openCase("NEIGHBOURHOOD", 100).get("id").asString();
        assertThat(call("PUT", CASES + walkIn + "/parties", cadre(), parties(household(), household())).getStatus())
                .isEqualTo(409);
        assign(id, mediator("VILLAGE", null, VILLAGE, "NEIGHBOURHOOD").get("id").asString());
        postJson(CASES + id + "/accept", cadre(), "");
        Document accepted = stored(id);
        assertThat(call("PUT", CASES + id + "/parties", cadre(), parties(household(), household())).getStatus()).isEqualTo(409);
        assertThat(stored(id)).isEqualTo(accepted);
    }

    private static void assertRefused(MockHttpServletResponse response, int status, String field) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(json(response.getContentAsString()).get("errors").findValuesAsString("field")).contains(field);
    }

    private JsonNode postPut(String path, String token, String body) throws Exception {
        MockHttpServletResponse response = call("PUT", path, token, body);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return json(response.getContentAsString());
    }
}
