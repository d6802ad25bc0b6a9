package org.villagegov.mediation.dispute;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.villagegov.mediation.MediationTestSupport;
import org.villagegov.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.villagegov.platform.test.TestTenants.DAYE;

/** A rating is the party's own, or a paper rating recorded by staff who did not mediate; never the mediator's. */
class RatingIntegrationTests extends MediationTestSupport {

    private static final String CASES = "/api/v1/mediation/cases/";

    /** An online case of the villager, agreed with a fresh village mediator; answers the case and the mediator's account. */
    private String[] agreedCase(String villager) throws Exception {
        JsonNode c = postJson("/api/v1/mediation/cases", villager(villager),
                walkIn("DEBT", 200, household(), household()).replace("WALK_IN", "ONLINE"));
        String id = c.get("id").asString();
        JsonNode m = mediator("VILLAGE", null, VILLAGE, "DEBT");
        assign(id, m.get("id").asString());
        postJson(CASES + id + "/accept", cadre(), "");
        session(id);
        agree(c);
        return new String[] {id, m.get("userId").asString()};
    }

    @Test
    void whenTheCasesMediatorRatesThenRefusedForEveryPartyAndNothingStored() throws Exception {
        String[] c = agreedCase("villager-mediator-rates");
        String mediator = mediatorToken(c[1], TOWNSHIP, VILLAGE);
        // even when the same person is also the village's cadre
        String mediatorAndCadre = TestTokens.forTenant(DAYE).subject(c[1]).roles("mediator", "village-cadre")
                .township(TOWNSHIP).village(VILLAGE).bearer();
        Document before = stored(c[0]);

        for (String token : new String[] {mediator, mediatorAndCadre}) {
            for (String party : new String[] {"p1", "p2"}) {
                MockHttpServletResponse response = call("POST", CASES + c[0] + "/ratings", token,
                        "{\"partyId\":\"" + party + "\",\"score\":5}");
                assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(403);
            }
        }
        assertThat(stored(c[0])).isEqualTo(before);
    }

    @Test
    void whenStaffRecordARatingThenItIsMarkedPaperWithWhoRecordedItAndThePartysOwnIsNot() throws Exception {
        String[] c = agreedCase("villager-rates-own");

        JsonNode paper = postJson(CASES + c[0] + "/ratings", cadre(), "{\"partyId\":\"p2\",\"score\":3}");
        JsonNode own = postJson(CASES + c[0] + "/ratings", villager("villager-rates-own"), "{\"partyId\":\"p1\",\"score\":5}");

        JsonNode first = paper.get("ratings").get(0);
        assertThat(first.get("paper").asBoolean()).isTrue();
        assertThat(first.get("recordedBy").asString()).isEqualTo("cadre-1");
        JsonNode second = own.get("ratings").get(1);
        assertThat(second.get("partyId").asString()).isEqualTo("p1");
        assertThat(second.get("paper").asBoolean()).isFalse();
        assertThat(second.get("recordedBy").isNull()).isTrue();
        assertThat(second.get("by").asString()).isEqualTo("villager-rates-own");
    }

    @Test
    void whenStaffOutsideTheCasesLevelOrAnotherMediatorRecordARatingThenRefused() throws Exception {
        String[] c = agreedCase("villager-rates-scope");
        String otherMediator = mediator("VILLAGE", null, VILLAGE, "DEBT").get("userId").asString();
        Document before = stored(c[0]);
        assertThat(call("POST", CASES + c[0] + "/ratings", mediatorToken(otherMediator, TOWNSHIP, VILLAGE),
                "{\"partyId\":\"p2\",\"score\":1}").getStatus()).isIn(403, 404);
        assertThat(call("POST", CASES + c[0] + "/ratings", townshipOfficer(), "{\"partyId\":\"p2\",\"score\":1}").getStatus())
                .isEqualTo(403);
        assertThat(stored(c[0])).isEqualTo(before);
    }
}
