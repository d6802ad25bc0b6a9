package org.villagegov.mediation.dispute;

import org.junit.jupiter.api.Test;
import org.villagegov.mediation.MediationTestSupport;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** What a party (a villager) and an integrator see of a case: no risk flag, no internal notes, contacts masked. */
class PartyViewIntegrationTests extends MediationTestSupport {

    private static final String CASES = "/api/v1/mediation/cases/";

    @Test
    void whenAPartyOrAnIntegratorReadsTheCaseThenNoRiskFlagNorInternalNotesButTheStaffSeeThem() throws Exception {
        String villager = villager("villager-reads-notes");
        JsonNode c = postJson("/api/v1/mediation/cases", villager, """
                {"source":"ONLINE","category":"DEBT","description":"an unpaid loan","amount":900,"parties":[
                 {"kind":"HOUSEHOLD","householdId":"%s"},{"kind":"HOUSEHOLD","householdId":"%s","contact":"6321547"}]}
                """.formatted(household(), household()));
        String id = c.get("id").asString();
        postJson(CASES + id + "/assignment", cadre(), "{\"mediatorId\":\"" + mediator("VILLAGE", null, VILLAGE, "DEBT")
                .get("id").asString() + "\",\"overrideReason\":\"SECRET-OVERRIDE the usual one is his cousin\"}");
        postJson(CASES + id + "/accept", cadre(), "");
        postJson(CASES + id + "/sessions", cadre(), """
                {"heldOn":"%s","attendees":["both"],"notes":"SECRET-SESSION the creditor threatened him"}""".formatted(today()));
        call("PUT", CASES + id + "/risk", cadre(), "{\"kind\":\"VIOLENCE\",\"reason\":\"SECRET-RISK threats\"}");
        postJson(CASES + id + "/failure", cadre(), "{\"reason\":\"SECRET-FAILURE he will not pay\"}");

        for (String reader : new String[] {villager, integrator()}) {
            JsonNode seen = getJson(CASES + id, reader);
            assertThat(seen.get("risk").isNull()).isTrue();
            assertThat(seen.toString()).doesNotContain("SECRET-").doesNotContain("6321547");
            assertThat(seen.get("parties").get(1).get("contact").asString()).isEqualTo("****47");
            assertThat(seen.get("status").asString()).isEqualTo("FAILED");
            assertThat(seen.get("sessions")).hasSize(1);
            JsonNode listed = getJson("/api/v1/mediation/cases?size=200", reader);
            assertThat(listed.toString()).doesNotContain("SECRET-");
        }
        JsonNode staff = getJson(CASES + id, cadre());
        assertThat(staff.get("risk").get("kind").asString()).isEqualTo("VIOLENCE");
        assertThat(staff.toString()).contains("SECRET-SESSION", "SECRET-FAILURE", "6321547");
    }
}
