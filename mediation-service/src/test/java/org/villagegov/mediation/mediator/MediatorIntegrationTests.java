package org.villagegov.mediation.mediator;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.villagegov.mediation.MediationTestSupport;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class MediatorIntegrationTests extends MediationTestSupport {

    private static final String CASES = "/api/v1/mediation/cases/";

    /** Far village (township Hexi) is used only here, so its directory holds just this test's mediators. */
    @Test
    void whenAssigningThenTheLeastLoadedActiveMediatorWithTheSpecialtyIsSuggestedAndAnotherNeedsAReason() throws Exception {
        JsonNode busy = mediator("VILLAGE", null, FAR_VILLAGE, "DEBT", "FAMILY");
        JsonNode idle = mediator("VILLAGE", null, FAR_VILLAGE, "DEBT");
        JsonNode wrongSpecialty = mediator("VILLAGE", null, FAR_VILLAGE, "LAND");
        JsonNode inactive = mediator("VILLAGE", null, FAR_VILLAGE, "DEBT");
        assertThat(call("PUT", "/api/v1/mediation/mediators/" + inactive.get("id").asString(), countyAdmin(),
                "{\"name\":\"Retired\",\"specialties\":[\"DEBT\"],\"active\":false}").getStatus()).isEqualTo(200);
        assertThat(wrongSpecialty.get("level").asString()).isEqualTo("VILLAGE");
        assertThat(busy.get("townshipId").asString()).isEqualTo(OTHER_TOWNSHIP);

        // one case keeps "busy" busy
        String first = farCase();
        postJson(CASES + first + "/assignment", countyAdmin(), "{\"mediatorId\":\"" + busy.get("id").asString()
                + "\",\"overrideReason\":\"knows the family\"}");
        assertThat(getJson("/api/v1/mediation/mediators/" + busy.get("id").asString(), countyAdmin()).get("caseload").asLong())
                .isEqualTo(1);

        String second = farCase();
        JsonNode suggestion = getJson(CASES + second + "/suggestion", countyAdmin());
        assertThat(suggestion.get("mediatorId").asString()).isEqualTo(idle.get("id").asString());

        MockHttpServletResponse noReason = call("POST", CASES + second + "/assignment", countyAdmin(),
                "{\"mediatorId\":\"" + busy.get("id").asString() + "\"}");
        assertThat(noReason.getStatus()).isEqualTo(422);
        assertThat(noReason.getContentAsString()).contains("overrideReason");
        MockHttpServletResponse inactiveOne = call("POST", CASES + second + "/assignment", countyAdmin(),
                "{\"mediatorId\":\"" + inactive.get("id").asString() + "\",\"overrideReason\":\"x\"}");
        assertThat(inactiveOne.getStatus()).isEqualTo(422);

        JsonNode assigned = postJson(CASES + second + "/assignment", countyAdmin(), "{}");
        assertThat(assigned.get("mediatorId").asString()).isEqualTo(idle.get("id").asString());
        assertThat(assigned.get("assignments").get(0).get("overrideReason").isNull()).isTrue();
    }

    @Test
    void whenAMediatorLooksThenTheySeeTheirCasesAndTheirLevelsQueueOnly() throws Exception {
        JsonNode me = mediator("VILLAGE", null, VILLAGE, "NEIGHBOURHOOD");
        String token = mediatorToken(me.get("userId").asString(), TOWNSHIP, VILLAGE);
        String mine = openCase("NEIGHBOURHOOD", 10).get("id").asString();
        String queued = openCase("NEIGHBOURHOOD", 10).get("id").asString();
        String township = openCase("LAND", 10).get("id").asString();
        String someoneElses = openCase("NEIGHBOURHOOD", 10).get("id").asString();
        assign(mine, me.get("id").asString());
        assign(someoneElses, mediator("VILLAGE", null, VILLAGE, "NEIGHBOURHOOD").get("id").asString());

        assertThat(call("GET", CASES + mine, token, null).getStatus()).isEqualTo(200);
        assertThat(call("GET", CASES + queued, token, null).getStatus()).isEqualTo(200);
        assertThat(call("GET", CASES + township, token, null).getStatus()).isEqualTo(404);
        assertThat(call("GET", CASES + someoneElses, token, null).getStatus()).isEqualTo(404);

        // the queue is visible but not theirs to work on; their own case is
        assertThat(call("POST", CASES + queued + "/accept", token, null).getStatus()).isEqualTo(403);
        JsonNode accepted = postJson(CASES + mine + "/accept", token, "");
        assertThat(accepted.get("status").asString()).isEqualTo("IN_MEDIATION");

        // a mediator whose account is not in the directory sees nothing
        String stranger = mediatorToken("mediator-" + UUID.randomUUID(), TOWNSHIP, VILLAGE);
        assertThat(call("GET", CASES + queued, stranger, null).getStatus()).isEqualTo(404);
        assertThat(getJson("/api/v1/mediation/cases", stranger).get("totalItems").asLong()).isZero();
    }

    @Test
    void whenDirectoryEntryIsInvalidThenRefused() throws Exception {
        String body = "{\"name\":\"A\",\"userId\":\"u-%s\",\"level\":\"%s\",%s\"specialties\":[\"DEBT\"]}";
        assertThat(call("POST", "/api/v1/mediation/mediators", countyAdmin(),
                body.formatted(UUID.randomUUID(), "VILLAGE", "")).getStatus()).isEqualTo(422);
        assertThat(call("POST", "/api/v1/mediation/mediators", countyAdmin(),
                body.formatted(UUID.randomUUID(), "VILLAGE", "\"villageId\":\"v-nowhere\",")).getStatus()).isEqualTo(422);
        assertThat(call("POST", "/api/v1/mediation/mediators", countyAdmin(),
                body.formatted(UUID.randomUUID(), "TOWNSHIP", "")).getStatus()).isEqualTo(422);
        assertThat(call("POST", "/api/v1/mediation/mediators", townshipOfficer(),
                body.formatted(UUID.randomUUID(), "TOWNSHIP", "\"townshipId\":\"" + OTHER_TOWNSHIP + "\",")).getStatus())
                .isEqualTo(422);
        assertThat(call("POST", "/api/v1/mediation/mediators", countyAdmin(),
                "{\"name\":\"A\",\"userId\":\"u-1\",\"level\":\"VILLAGE\",\"villageId\":\"" + VILLAGE + "\",\"specialties\":[]}")
                .getStatus()).isEqualTo(400);
        JsonNode twice = mediator("COUNTY", null, null, "DEBT");
        assertThat(call("POST", "/api/v1/mediation/mediators", countyAdmin(),
                body.formatted("x", "COUNTY", "").replace("u-x", twice.get("userId").asString())).getStatus()).isEqualTo(409);
    }

    private String farCase() throws Exception {
        return postJson("/api/v1/mediation/cases", countyAdmin(),
                walkIn("DEBT", 100, otherTownshipHousehold(), otherTownshipHousehold())).get("id").asString();
    }
}
