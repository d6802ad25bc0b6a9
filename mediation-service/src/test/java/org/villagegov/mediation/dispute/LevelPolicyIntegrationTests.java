package org.villagegov.mediation.dispute;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.villagegov.mediation.MediationTestSupport;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Who acts on a case follows its level (CaseAccess#handles); escalation hands it over. */
class LevelPolicyIntegrationTests extends MediationTestSupport {

    private static final String CASES = "/api/v1/mediation/cases/";

    private void refusedAndUnchanged(String id, String method, String path, String token, String body, int status)
            throws Exception {
        Document before = stored(id);
        MockHttpServletResponse response = call(method, CASES + id + path, token, body);
        assertThat(response.getStatus()).as("%s %s: %s", method, path, response.getContentAsString()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(stored(id)).isEqualTo(before);
    }

    @Test
    void whenACaseIsAtTheVillageLevelThenItsCadreActsAndTheTownshipOfficerDoesNot() throws Exception {
        String id = openCase("NEIGHBOURHOOD", 100).get("id").asString();

        refusedAndUnchanged(id, "PUT", "/risk", townshipOfficer(), "{\"kind\":\"PETITION\",\"reason\":\"r\"}", 403);
        refusedAndUnchanged(id, "POST", "/escalation", townshipOfficer(), "{\"reason\":\"r\"}", 403);
        refusedAndUnchanged(id, "POST", "/classification", townshipOfficer(), "{\"category\":\"DEBT\",\"amount\":1}", 403);
        assertThat(call("GET", CASES + id + "/suggestion", townshipOfficer(), null).getStatus()).isEqualTo(403);
        // the township officer still reads it
        assertThat(getJson(CASES + id, townshipOfficer()).get("id").asString()).isEqualTo(id);
        assertThat(call("PUT", CASES + id + "/risk", cadre(), "{\"kind\":\"PETITION\",\"reason\":\"r\"}").getStatus())
                .isEqualTo(200);
    }

    @Test
    void whenTheCadreEscalatesToTheTownshipThenTheyStillReadItButNoLongerActAndTheTownshipOfficerDoes() throws Exception {
        JsonNode c = caseInMediation();
        String id = c.get("id").asString();
        String villageMediator = mediatorToken(mediatorUser(stored(id).getString("mediatorId")), TOWNSHIP, VILLAGE);
        postJson(CASES + id + "/failure", cadre(), "{\"reason\":\"no way\"}");
        postJson(CASES + id + "/escalation", cadre(), "{\"reason\":\"for the township\"}");

        assertThat(getJson(CASES + id, cadre()).get("level").asString()).isEqualTo("TOWNSHIP");
        refusedAndUnchanged(id, "POST", "/escalation", cadre(), "{\"reason\":\"again\"}", 403);
        refusedAndUnchanged(id, "POST", "/classification", cadre(), "{\"category\":\"NEIGHBOURHOOD\",\"amount\":1}", 403);
        refusedAndUnchanged(id, "PUT", "/risk", cadre(), "{\"kind\":\"PETITION\",\"reason\":\"r\"}", 403);
        refusedAndUnchanged(id, "POST", "/assignment", cadre(), "{}", 403);
        // the village mediator who had it no longer sees it as theirs
        refusedAndUnchanged(id, "POST", "/accept", villageMediator, null, 404);

        JsonNode flagged = json(call("PUT", CASES + id + "/risk", townshipOfficer(), "{\"kind\":\"PETITION\",\"reason\":\"r\"}")
                .getContentAsString());
        assertThat(flagged.get("risk").get("kind").asString()).isEqualTo("PETITION");
        // and the county admin acts on every level
        assertThat(call("DELETE", CASES + id + "/risk", countyAdmin(), null).getStatus()).isEqualTo(200);
    }

    @Test
    void whenAnEscalatedCaseIsReclassifiedThenItNeverDropsBelowTheLevelItWasEscalatedTo() throws Exception {
        String id = openCase("NEIGHBOURHOOD", 100).get("id").asString();
        postJson(CASES + id + "/escalation", cadre(), "{\"reason\":\"too big for the village\"}");

        JsonNode reclassified = postJson(CASES + id + "/classification", townshipOfficer(),
                "{\"category\":\"NEIGHBOURHOOD\",\"amount\":10}");

        assertThat(reclassified.get("level").asString()).isEqualTo("TOWNSHIP");
        // upwards it still goes
        JsonNode county = postJson(CASES + id + "/classification", townshipOfficer(),
                "{\"category\":\"DEBT\",\"amount\":500000}");
        assertThat(county.get("level").asString()).isEqualTo("COUNTY");
    }

    @Test
    void whenTriageAloneRaisedTheLevelThenAReclassificationMayLowerIt() throws Exception {
        String id = openCase("LAND", 100).get("id").asString();
        JsonNode lowered = postJson(CASES + id + "/classification", townshipOfficer(),
                "{\"category\":\"NEIGHBOURHOOD\",\"amount\":100}");
        assertThat(lowered.get("level").asString()).isEqualTo("VILLAGE");
    }

    private String mediatorUser(String mediatorId) throws Exception {
        return getJson("/api/v1/mediation/mediators/" + mediatorId, countyAdmin()).get("userId").asString();
    }
}
