package org.villagegov.mediation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.villagegov.platform.test.AccessMatrix;
import org.villagegov.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.villagegov.platform.test.TestTenants.DAYE;
import static org.villagegov.platform.test.TestTenants.LINXIAN;

/**
 * Every route of the service against the callers who must get nothing out of a case of
 * Baisha: another county (with every role), staff and a mediator of another township, a cadre
 * and a mediator of the neighbouring village, a villager who is not a party, and no token.
 * Whatever they get, daye's documents are unchanged and no id of the fixture appears in an
 * answer. Then bad input on every write: 400 naming the field, nothing stored.
 */
class AccessMatrixIntegrationTests extends MediationTestSupport {

    static final String[] COLLECTIONS = {"cases", "mediators", "county_rules"};
    static final String PARTY_VILLAGER = "villager-matrix-party";
    static final String FAR_MEDIATOR = "mediator-matrix-far";
    static final String NEIGHBOUR_MEDIATOR = "mediator-matrix-neighbour";

    record Route(String method, String path, String body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Ids of the fixture in Baisha, filled once. */
    static final AccessMatrix.Fixture ids = new AccessMatrix.Fixture();

    @BeforeEach
    void fixture() throws Exception {
        if (!ids.isEmpty()) {
            return;
        }
        String first = household();
        String second = household();
        JsonNode c = postJson("/api/v1/mediation/cases", cadre(), """
                {"source":"WALK_IN","category":"FAMILY","description":"inheritance of a house","amount":3000,"parties":[
                 {"kind":"HOUSEHOLD","householdId":"%s","userId":"%s"},{"kind":"HOUSEHOLD","householdId":"%s"}]}
                """.formatted(first, PARTY_VILLAGER, second));
        JsonNode m = postJson("/api/v1/mediation/mediators", countyAdmin(), """
                {"name":"Matrix Mediator","userId":"mediator-matrix-own","level":"VILLAGE","villageId":"%s","specialties":["FAMILY"]}
                """.formatted(VILLAGE));
        postJson("/api/v1/mediation/mediators", countyAdmin(), """
                {"name":"Far Mediator","userId":"%s","level":"VILLAGE","villageId":"%s","specialties":["FAMILY"]}
                """.formatted(FAR_MEDIATOR, FAR_VILLAGE));
        postJson("/api/v1/mediation/mediators", countyAdmin(), """
                {"name":"Neighbour Mediator","userId":"%s","level":"VILLAGE","villageId":"%s","specialties":["FAMILY"]}
                """.formatted(NEIGHBOUR_MEDIATOR, OTHER_VILLAGE));
        // flagged, so the risk register has it to leak
        assertThat(call("PUT", "/api/v1/mediation/cases/" + c.get("id").asString() + "/risk", cadre(),
                "{\"kind\":\"PETITION\",\"reason\":\"family feud\"}").getStatus()).isEqualTo(200);
        ids.put("case", c.get("id").asString());
        ids.put("mediator", m.get("id").asString());
        ids.put("household1", first);
        ids.put("household2", second);
    }

    static List<Route> routes() {
        String today = "2026-11-24";
        return List.of(
                new Route("GET", "/cases", null),
                new Route("GET", "/cases/{case}", null),
                new Route("POST", "/cases", """
                        {"source":"WALK_IN","category":"DEBT","description":"x","amount":1,"villageId":"%s","parties":[
                         {"kind":"OUTSIDER","name":"A","contact":"1"},{"kind":"OUTSIDER","name":"B","contact":"2"}]}
                        """.formatted(VILLAGE)),
                new Route("GET", "/risk-register", null),
                new Route("POST", "/cases/{case}/classification", "{\"category\":\"LAND\",\"amount\":1}"),
                new Route("PUT", "/cases/{case}/parties", """
                        {"parties":[{"kind":"HOUSEHOLD","householdId":"{household1}"},{"kind":"OUTSIDER","name":"B","contact":"2"}]}
                        """),
                new Route("GET", "/cases/{case}/suggestion", null),
                new Route("POST", "/cases/{case}/assignment", "{\"mediatorId\":\"{mediator}\",\"overrideReason\":\"x\"}"),
                new Route("POST", "/cases/{case}/accept", null),
                new Route("POST", "/cases/{case}/sessions", "{\"heldOn\":\"" + today + "\",\"attendees\":[\"a\"],\"notes\":\"n\"}"),
                new Route("POST", "/cases/{case}/agreement",
                        "{\"terms\":\"t\",\"signatures\":[{\"partyId\":\"p1\",\"signedOn\":\"" + today + "\"}]}"),
                new Route("POST", "/cases/{case}/failure", "{\"reason\":\"r\"}"),
                new Route("POST", "/cases/{case}/escalation", "{\"reason\":\"r\"}"),
                new Route("POST", "/cases/{case}/referral", "{\"forum\":\"ARBITRATION\"}"),
                new Route("POST", "/cases/{case}/judicial-confirmation", "{\"court\":\"c\"}"),
                new Route("POST", "/cases/{case}/judicial-confirmation/answer",
                        "{\"confirmed\":true,\"answeredOn\":\"" + today + "\"}"),
                new Route("POST", "/cases/{case}/follow-up", "{\"honoured\":true,\"notes\":\"n\"}"),
                new Route("POST", "/cases/{case}/close", "{}"),
                new Route("PUT", "/cases/{case}/risk", "{\"kind\":\"VIOLENCE\",\"reason\":\"r\"}"),
                new Route("DELETE", "/cases/{case}/risk", null),
                new Route("POST", "/cases/{case}/ratings", "{\"partyId\":\"p1\",\"score\":1}"),
                new Route("GET", "/mediators", null),
                new Route("GET", "/mediators/{mediator}", null),
                new Route("POST", "/mediators", """
                        {"name":"Intruder","userId":"intruder-%s","level":"VILLAGE","villageId":"%s","specialties":["DEBT"]}
                        """.formatted(System.nanoTime(), VILLAGE)),
                new Route("PUT", "/mediators/{mediator}", "{\"name\":\"Renamed\",\"specialties\":[\"DEBT\"],\"active\":false}"),
                new Route("GET", "/rules", null),
                new Route("PUT", "/rules", """
                        {"categoryLevels":{"LAND":"TOWNSHIP","LABOUR":"TOWNSHIP"},"villageMaxAmount":10000,"townshipMaxAmount":100000,
                         "severalVillagesToTownship":true,"outsidersToTownship":true,"acceptanceDays":3,"resolutionDays":30,"followUpDays":30}
                        """),
                new Route("GET", "/overdue", null),
                new Route("GET", "/follow-ups", null),
                new Route("GET", "/report", null),
                new Route("GET", "/indicators", null),
                new Route("GET", "/indicators?township=" + TOWNSHIP, null),
                new Route("GET", "/indicators/drift?county=" + DAYE, null),
                new Route("POST", "/indicators/drift/repair?county=" + DAYE, null),
                new Route("GET", "/audit", null));
    }

    static Stream<Arguments> intrusions() {
        Map<String, String> intruders = new LinkedHashMap<>();
        intruders.put("another county", TestTokens.forTenant(LINXIAN).subject("linxian-all").roles("county-admin",
                "township-officer", "village-cadre", "mediator", "villager", "integrator").township(TOWNSHIP).village(VILLAGE).bearer());
        intruders.put("staff and mediator of another township", TestTokens.forTenant(DAYE).subject(FAR_MEDIATOR)
                .roles("township-officer", "village-cadre", "mediator").township(OTHER_TOWNSHIP).village(FAR_VILLAGE).bearer());
        intruders.put("a township officer of another township", otherTownshipOfficer());
        intruders.put("cadre and mediator of the neighbouring village", TestTokens.forTenant(DAYE).subject(NEIGHBOUR_MEDIATOR)
                .roles("village-cadre", "mediator").township(TOWNSHIP).village(OTHER_VILLAGE).bearer());
        intruders.put("a villager who is no party", villager("villager-matrix-stranger"));
        intruders.put("no token", null);
        return AccessMatrix.cross(routes(), intruders);
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("intrusions")
    void whenSomeoneOutsideTheCasesPlaceCallsARouteThenNothingLeaksAndNothingChanges(Route route, String who, String token)
            throws Exception {
        Map<String, List<Document>> before = snapshot(COLLECTIONS);

        MockHttpServletResponse response = call(route.method(), "/api/v1/mediation" + fill(route.path()), token,
                route.body() == null ? null : fill(route.body()));

        // inside daye, a write on Baisha's case from outside its place is refused
        AccessMatrix.assertNothingLeaks(response, ids, who, token,
                !route.method().equals("GET") && !who.equals("another county"));
        assertThat(snapshot(COLLECTIONS)).isEqualTo(before);
    }

    @Test
    void whenTheVillagerWhoIsAPartyLooksThenTheySeeTheirCaseButMayNotRunIt() throws Exception {
        String token = villager(PARTY_VILLAGER);
        String id = ids.get("case");
        assertThat(getJson("/api/v1/mediation/cases/" + id, token).get("id").asString()).isEqualTo(id);
        JsonNode list = getJson("/api/v1/mediation/cases", token);
        assertThat(list.get("items")).hasSize(1);
        Map<String, List<Document>> before = snapshot(COLLECTIONS);
        assertThat(call("POST", "/api/v1/mediation/cases/" + id + "/accept", token, null).getStatus()).isEqualTo(403);
        assertThat(call("POST", "/api/v1/mediation/cases/" + id + "/failure", token, "{\"reason\":\"r\"}").getStatus())
                .isEqualTo(403);
        // not yet resolved: nothing to rate; and never as the other party
        assertThat(call("POST", "/api/v1/mediation/cases/" + id + "/ratings", token, "{\"partyId\":\"p1\",\"score\":5}")
                .getStatus()).isEqualTo(409);
        assertThat(call("POST", "/api/v1/mediation/cases/" + id + "/ratings", token, "{\"partyId\":\"p2\",\"score\":5}")
                .getStatus()).isEqualTo(403);
        assertThat(snapshot(COLLECTIONS)).isEqualTo(before);
    }

    @Test
    void whenACadreNamesTheirOwnTownshipWithAVillageOfAnotherTownshipThenRefusedNamingTheVillageAndNothingWritten()
            throws Exception {
        Map<String, List<Document>> before = snapshot(COLLECTIONS);

        MockHttpServletResponse response = call("POST", "/api/v1/mediation/cases", cadre(), """
                {"source":"WALK_IN","category":"DEBT","description":"x","amount":1,"townshipId":"%s","villageId":"%s","parties":[
                 {"kind":"OUTSIDER","name":"A","contact":"13800001111"},{"kind":"OUTSIDER","name":"B","contact":"13800002222"}]}
                """.formatted(TOWNSHIP, FAR_VILLAGE));

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(422);
        assertThat(json(response.getContentAsString()).get("errors").findValuesAsString("field")).contains("villageId");
        assertThat(snapshot(COLLECTIONS)).isEqualTo(before);
    }

    @Test
    void whenATownshipOfficerNamesTheirTownshipWithAVillageOfAnotherForAMediatorThenRefusedAndNothingWritten()
            throws Exception {
        Map<String, List<Document>> before = snapshot(COLLECTIONS);

        MockHttpServletResponse village = call("POST", "/api/v1/mediation/mediators", townshipOfficer(), """
                {"name":"Intruder","userId":"intruder-village","level":"VILLAGE","townshipId":"%s","villageId":"%s","specialties":["DEBT"]}
                """.formatted(TOWNSHIP, FAR_VILLAGE));
        MockHttpServletResponse township = call("POST", "/api/v1/mediation/mediators", otherTownshipOfficer(), """
                {"name":"Intruder","userId":"intruder-township","level":"TOWNSHIP","townshipId":"%s","specialties":["DEBT"]}
                """.formatted(TOWNSHIP));
        MockHttpServletResponse disagreeing = call("POST", "/api/v1/mediation/mediators", countyAdmin(), """
                {"name":"Intruder","userId":"intruder-disagreeing","level":"VILLAGE","townshipId":"%s","villageId":"%s","specialties":["DEBT"]}
                """.formatted(TOWNSHIP, FAR_VILLAGE));

        assertThat(village.getStatus()).isEqualTo(422);
        assertThat(json(village.getContentAsString()).get("errors").findValuesAsString("field")).contains("villageId");
        assertThat(township.getStatus()).isEqualTo(422);
        assertThat(json(township.getContentAsString()).get("errors").findValuesAsString("field")).contains("townshipId");
        assertThat(disagreeing.getStatus()).isEqualTo(422);
        assertThat(json(disagreeing.getContentAsString()).get("errors").findValuesAsString("field")).contains("townshipId");
        assertThat(snapshot(COLLECTIONS)).isEqualTo(before);
    }

    record BadInput(String method, String path, String body, String field) {
        @Override
        public String toString() {
            return method + " " + path + " -> " + field;
        }
    }

    static List<BadInput> badInputs() {
        return List.of(
                new BadInput("POST", "/cases/{case}/classification", "{\"category\":\"GOSSIP\",\"amount\":1}", "category"),
                new BadInput("POST", "/cases/{case}/classification", "{\"category\":\"LAND\"}", "amount"),
                new BadInput("POST", "/cases/{case}/assignment", "{\"mediatorId\":\"" + "m".repeat(65) + "\"}", "mediatorId"),
                new BadInput("POST", "/cases/{case}/sessions", "{\"heldOn\":\"2026-11-24\",\"attendees\":[],\"notes\":\"n\"}", "attendees"),
                new BadInput("POST", "/cases/{case}/sessions", "{\"heldOn\":\"yesterday\",\"attendees\":[\"a\"],\"notes\":\"n\"}", "heldOn"),
                new BadInput("POST", "/cases/{case}/agreement", "{\"terms\":\"t\",\"signatures\":[]}", "signatures"),
                new BadInput("POST", "/cases/{case}/agreement", "{\"signatures\":[{\"partyId\":\"p1\",\"signedOn\":\"2026-11-24\"}]}", "terms"),
                new BadInput("POST", "/cases/{case}/failure", "{\"reason\":\"\"}", "reason"),
                new BadInput("POST", "/cases/{case}/escalation", "{}", "reason"),
                new BadInput("POST", "/cases/{case}/referral", "{\"forum\":\"DUEL\"}", "forum"),
                new BadInput("POST", "/cases/{case}/judicial-confirmation", "{\"court\":\" \"}", "court"),
                new BadInput("POST", "/cases/{case}/judicial-confirmation/answer", "{\"answeredOn\":\"2026-11-24\"}", "confirmed"),
                new BadInput("POST", "/cases/{case}/follow-up", "{\"notes\":\"n\"}", "honoured"),
                new BadInput("PUT", "/cases/{case}/risk", "{\"kind\":\"GOSSIP\",\"reason\":\"r\"}", "kind"),
                new BadInput("PUT", "/cases/{case}/risk", "{\"kind\":\"PETITION\",\"reason\":\"" + "x".repeat(2001) + "\"}", "reason"),
                new BadInput("POST", "/cases/{case}/ratings", "{\"partyId\":\"p1\",\"score\":6}", "score"),
                new BadInput("POST", "/cases/{case}/ratings", "{\"partyId\":\"p1\",\"score\":0}", "score"),
                new BadInput("PUT", "/cases/{case}/parties", "{\"parties\":[{\"kind\":\"HOUSEHOLD\",\"householdId\":\"{household1}\"}]}", "parties"),
                new BadInput("PUT", "/cases/{case}/parties", "{\"parties\":[{\"kind\":\"TRIBE\"},{\"kind\":\"HOUSEHOLD\"}]}", "parties[0].kind"),
                new BadInput("POST", "/mediators", "{\"name\":\"A\",\"userId\":\"u-bad\",\"specialties\":[\"DEBT\"]}", "level"),
                new BadInput("POST", "/mediators", "{\"name\":\"A\",\"userId\":\"u-bad\",\"level\":\"VILLAGE\",\"villageId\":\"" + VILLAGE + "\",\"specialties\":[\"DEBT\"],\"caseload\":0}", "caseload"),
                new BadInput("PUT", "/mediators/{mediator}", "{\"name\":\"A\",\"specialties\":[\"DEBT\"]}", "active"),
                new BadInput("PUT", "/rules", "{\"categoryLevels\":{},\"villageMaxAmount\":1,\"townshipMaxAmount\":2,\"severalVillagesToTownship\":true,\"outsidersToTownship\":true,\"acceptanceDays\":3,\"resolutionDays\":30,\"followUpDays\":0}", "followUpDays"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void whenInputIsMalformedThenBadRequestNamesTheFieldAndNothingIsStored(BadInput bad) throws Exception {
        Map<String, List<Document>> before = snapshot(COLLECTIONS);

        MockHttpServletResponse response = call(bad.method(), "/api/v1/mediation" + fill(bad.path()), countyAdmin(),
                fill(bad.body()));

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(json(response.getContentAsString()).get("errors").findValuesAsString("field")).contains(bad.field());
        assertThat(snapshot(COLLECTIONS)).isEqualTo(before);
    }

    private static String fill(String template) {
        return ids.fill(template);
    }
}
