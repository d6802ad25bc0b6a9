package org.villagegov.council;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.villagegov.platform.test.TestTenants.DAYE;
import static org.villagegov.platform.test.TestTenants.LINXIAN;

/**
 * Every route of the service against the callers who must get nothing out of county daye's
 * village Baisha: another county (with every role), staff of another village, a villager of
 * Baisha (on routes not open to villagers), a villager of another village (on every route) and no token. Whatever they get, daye's documents are unchanged
 * and no id of Baisha's data appears in an answer. Then bad input on every write: 400 naming
 * the field, nothing stored.
 */
class AccessMatrixIntegrationTests extends CouncilTestSupport {

    static final List<String> COLLECTIONS = List.of("matters", "councils", "elections", "ballots", "household_heads",
            "suggestions", "bench_meetings", "three_person_groups", "notices", "regulations", "evaluations",
            "evaluation_rounds");

    record Route(HttpMethod method, String path, String body, boolean openToVillagers) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Ids of the fixture in Baisha, filled once. */
    static final Map<String, String> ids = new LinkedHashMap<>();

    @BeforeEach
    void fixture() throws Exception {
        if (!ids.isEmpty()) {
            return;
        }
        String household = household();
        String matter = postOk("/api/v1/council/matters", cadre(), """
                {"villageId":"%s","title":"Matrix matter","kind":"LAND","amount":1,"heldOn":"%s","minutes":"m"}
                """.formatted(VILLAGE, today())).get("id").asString();
        String council = postOk("/api/v1/council/councils", cadre(), """
                {"villageId":"%s","naturalVillageId":"matrix-bay","name":"Matrix council","seats":5}
                """.formatted(VILLAGE)).get("id").asString();
        JsonNode seated = postOk("/api/v1/council/councils/" + council + "/terms", cadre(), """
                {"start":"%s","end":"%s","members":[{"name":"Matrix Member","category":"OTHER","president":true}]}
                """.formatted(today().minusYears(1), today().plusYears(2)));
        String member = seated.get("currentTerm").get("members").get(0).get("id").asString();
        JsonNode election = postOk("/api/v1/council/elections", cadre(), """
                {"councilId":"%s","title":"Matrix election","seats":1,"termStart":"%s","termEnd":"%s",
                 "opensAt":"%s","closesAt":"%s","candidates":[{"name":"Matrix Candidate","category":"OTHER"}]}
                """.formatted(council, today().plusYears(2), today().plusYears(5), clock.instant().minusSeconds(60),
                clock.instant().plusSeconds(86400 * 365)));
        String suggestion = postOk("/api/v1/council/suggestions", villager("villager-raiser"), """
                {"householdId":"%s","title":"Matrix suggestion","content":"c"}
                """.formatted(household)).get("id").asString();
        String meetingSuggestion = postOk("/api/v1/council/suggestions", gridWorker(), """
                {"householdId":"%s","title":"Discussed","content":"c"}
                """.formatted(household)).get("id").asString();
        String meeting = postOk("/api/v1/council/bench-meetings", cadre(), """
                {"villageId":"%s","heldOn":"%s","place":"p","householdIds":["%s"],"suggestionIds":["%s"],"minutes":"m"}
                """.formatted(VILLAGE, today(), household, meetingSuggestion)).get("id").asString();
        call("PUT", "/api/v1/council/three-person-groups/matrix-group", cadre(), """
                {"villageId":"%s","groupName":"Matrix group","leader":{"name":"L"},"partyMemberRepresentative":{"name":"P"},
                 "villagersRepresentative":{"name":"V"},"since":"%s"}
                """.formatted(VILLAGE, today()));
        String notice = postOk("/api/v1/council/notices", cadre(), """
                {"villageId":"%s","category":"FINANCES","title":"Matrix notice","body":"b","publishFrom":"%s","publishUntil":"%s"}
                """.formatted(VILLAGE, today(), today().plusYears(1))).get("id").asString();
        String regulation = postOk("/api/v1/council/regulations", cadre(), """
                {"villageId":"%s","title":"Matrix compact","sections":{"SAFETY":"s"}}
                """.formatted(VILLAGE)).get("id").asString();
        postOk("/api/v1/council/evaluations", townshipOfficer(), """
                {"councilId":"%s","year":2018,"scores":{"party":90,"villagers":90,"township":90},
                 "members":[{"memberId":"%s","scores":{"party":90,"villagers":90,"township":90}}]}
                """.formatted(council, member));
        ids.put("household", household);
        ids.put("matter", matter);
        ids.put("council", council);
        ids.put("member", member);
        ids.put("election", election.get("id").asString());
        ids.put("candidate", election.get("candidates").get(0).get("id").asString());
        ids.put("suggestion", suggestion);
        ids.put("meeting", meeting);
        ids.put("group", "matrix-group");
        ids.put("notice", notice);
        ids.put("regulation", regulation);
    }

    static String meetingBody() {
        return "{\"heldOn\":\"2026-11-20\",\"vote\":{\"entitled\":9,\"present\":9,\"votesFor\":9,\"votesAgainst\":0,\"abstentions\":0},"
                + "\"minutes\":\"m\"}";
    }

    static List<Route> routes() {
        String vote = "{\"entitled\":9,\"present\":9,\"votesFor\":9,\"votesAgainst\":0,\"abstentions\":0}";
        return List.of(
                new Route(HttpMethod.POST, "/matters", """
                        {"villageId":"%s","title":"x","kind":"LAND","amount":1,"heldOn":"2026-11-20","minutes":"m"}
                        """.formatted(VILLAGE), false),
                new Route(HttpMethod.GET, "/matters", null, false),
                new Route(HttpMethod.GET, "/matters/{matter}", null, false),
                new Route(HttpMethod.POST, "/matters/{matter}/two-committees", meetingBody(), false),
                new Route(HttpMethod.POST, "/matters/{matter}/party-members", meetingBody(), false),
                new Route(HttpMethod.POST, "/matters/{matter}/representatives",
                        "{\"heldOn\":\"2026-11-20\",\"vote\":%s,\"minutes\":\"m\",\"householdIds\":[\"{household}\"]}".formatted(vote), false),
                new Route(HttpMethod.POST, "/matters/{matter}/resolution", "{\"publishedOn\":\"2026-11-20\",\"text\":\"t\"}", false),
                new Route(HttpMethod.POST, "/matters/{matter}/result", "{\"publishedOn\":\"2026-11-20\",\"text\":\"t\"}", false),
                new Route(HttpMethod.POST, "/matters/{matter}/reject", "{\"reason\":\"r\"}", false),
                new Route(HttpMethod.POST, "/councils", """
                        {"villageId":"%s","naturalVillageId":"intruder-bay","name":"x","seats":5}
                        """.formatted(VILLAGE), false),
                new Route(HttpMethod.GET, "/councils", null, true),
                new Route(HttpMethod.GET, "/councils/{council}", null, true),
                new Route(HttpMethod.POST, "/councils/{council}/terms", """
                        {"start":"2030-01-01","end":"2033-01-01","members":[{"name":"Intruder","category":"OTHER","president":true}]}
                        """, false),
                new Route(HttpMethod.PUT, "/councils/{council}/president", "{\"memberId\":\"{member}\"}", false),
                new Route(HttpMethod.POST, "/elections", """
                        {"councilId":"{council}","title":"x","seats":1,"termStart":"2030-01-01","termEnd":"2033-01-01",
                         "opensAt":"2026-01-01T00:00:00Z","closesAt":"2030-01-01T00:00:00Z","candidates":[{"name":"x","category":"OTHER"}]}
                        """, false),
                new Route(HttpMethod.GET, "/elections", null, true),
                new Route(HttpMethod.GET, "/elections/{election}", null, true),
                new Route(HttpMethod.POST, "/elections/{election}/ballots",
                        "{\"householdId\":\"{household}\",\"candidateIds\":[\"{candidate}\"]}", false),
                new Route(HttpMethod.POST, "/elections/{election}/close", null, false),
                new Route(HttpMethod.PUT, "/households/{household}/head", "{\"headSubject\":\"intruder\"}", false),
                new Route(HttpMethod.POST, "/suggestions", "{\"householdId\":\"{household}\",\"title\":\"t\",\"content\":\"c\"}", true),
                new Route(HttpMethod.GET, "/suggestions", null, false),
                new Route(HttpMethod.GET, "/suggestions/{suggestion}", null, false),
                new Route(HttpMethod.GET, "/suggestions/overdue", null, false),
                new Route(HttpMethod.GET, "/suggestions/figures", null, false),
                new Route(HttpMethod.POST, "/suggestions/{suggestion}/solve", "{\"solution\":\"s\"}", false),
                new Route(HttpMethod.POST, "/suggestions/{suggestion}/assign", "{\"assignee\":\"a\",\"deadline\":\"2030-01-01\"}", false),
                new Route(HttpMethod.POST, "/suggestions/{suggestion}/feedback", "{\"feedback\":\"f\"}", false),
                new Route(HttpMethod.POST, "/suggestions/{suggestion}/rate", "{\"rating\":1}", false),
                new Route(HttpMethod.POST, "/bench-meetings", """
                        {"villageId":"%s","heldOn":"2026-11-20","place":"p","householdIds":["{household}"],"suggestionIds":["{suggestion}"],"minutes":"m"}
                        """.formatted(VILLAGE), false),
                new Route(HttpMethod.GET, "/bench-meetings", null, false),
                new Route(HttpMethod.GET, "/bench-meetings/{meeting}", null, false),
                new Route(HttpMethod.PUT, "/three-person-groups/{group}", """
                        {"villageId":"%s","groupName":"x","leader":{"name":"A"},"partyMemberRepresentative":{"name":"B"},
                         "villagersRepresentative":{"name":"C"},"since":"2030-01-01"}
                        """.formatted(VILLAGE), false),
                new Route(HttpMethod.GET, "/three-person-groups", null, true),
                new Route(HttpMethod.GET, "/three-person-groups/{group}", null, true),
                new Route(HttpMethod.POST, "/notices", """
                        {"villageId":"%s","category":"FINANCES","title":"x","body":"b","publishFrom":"2026-11-20","publishUntil":"2030-01-01"}
                        """.formatted(VILLAGE), false),
                new Route(HttpMethod.GET, "/notices", null, true),
                new Route(HttpMethod.GET, "/notices/{notice}", null, true),
                new Route(HttpMethod.POST, "/notices/{notice}/withdraw", "{\"reason\":\"r\"}", false),
                new Route(HttpMethod.POST, "/regulations", """
                        {"villageId":"%s","title":"x","sections":{"SAFETY":"s"}}
                        """.formatted(VILLAGE), false),
                new Route(HttpMethod.GET, "/regulations", null, true),
                new Route(HttpMethod.GET, "/regulations/{regulation}", null, true),
                new Route(HttpMethod.POST, "/regulations/{regulation}/versions", "{\"sections\":{\"SAFETY\":\"s\"}}", false),
                new Route(HttpMethod.POST, "/regulations/{regulation}/discussion", "{\"heldOn\":\"2026-11-20\",\"summary\":\"s\"}", false),
                new Route(HttpMethod.POST, "/regulations/{regulation}/adoption", "{\"heldOn\":\"2026-11-20\",\"vote\":%s}".formatted(vote), false),
                new Route(HttpMethod.POST, "/regulations/{regulation}/publication", "{\"publishedOn\":\"2026-11-20\"}", false),
                new Route(HttpMethod.POST, "/evaluations", """
                        {"councilId":"{council}","year":2018,"scores":{"party":1,"villagers":1,"township":1},"members":[]}
                        """, false),
                new Route(HttpMethod.GET, "/evaluations?year=2018", null, false),
                new Route(HttpMethod.POST, "/evaluations/2018/ranking", "{\"advancedCouncils\":1,\"outstandingMembers\":1}", false),
                new Route(HttpMethod.GET, "/evaluations/2018/ranking", null, false),
                new Route(HttpMethod.GET, "/evaluations/cadre-candidates", null, false),
                new Route(HttpMethod.GET, "/report", null, false),
                new Route(HttpMethod.GET, "/province/report", null, false),
                new Route(HttpMethod.GET, "/province/daye/report", null, false),
                new Route(HttpMethod.GET, "/audit", null, false));
    }

    static Stream<Arguments> intrusions() {
        Map<String, String> intruders = new LinkedHashMap<>();
        intruders.put("another county", TestTokens.forTenant(LINXIAN).roles("county-admin", "village-cadre", "grid-worker",
                "township-officer", "council-member", "villager").township(TOWNSHIP).village(VILLAGE).bearer());
        intruders.put("staff of another village", TestTokens.forTenant(DAYE).subject("staff-v2").roles("village-cadre",
                "grid-worker", "council-member").township("t-other").village(OTHER_VILLAGE).bearer());
        intruders.put("a villager", villager("villager-unlinked"));
        intruders.put("a villager of another village", TestTokens.forTenant(DAYE).subject("villager-v2").roles("villager")
                .township(TOWNSHIP).village(OTHER_VILLAGE).bearer());
        intruders.put("no token", null);
        List<Arguments> cases = new ArrayList<>();
        for (Route route : routes()) {
            intruders.forEach((who, token) -> {
                if (!(route.openToVillagers() && who.equals("a villager"))) {
                    cases.add(Arguments.of(route, who, token));
                }
            });
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("intrusions")
    void whenSomeoneOutsideTheVillageCallsARouteThenNothingLeaksAndNothingChanges(Route route, String who, String token)
            throws Exception {
        Map<String, List<Document>> before = snapshot();

        MockHttpServletResponse response = mvc.perform(request(route, token)).andReturn().getResponse();

        String body = response.getContentAsString();
        if (token == null) {
            assertThat(response.getStatus()).isEqualTo(401);
        }
        assertThat(response.getStatus()).as(body).isNotEqualTo(500);
        if (response.getStatus() < 300) {
            for (Map.Entry<String, String> id : ids.entrySet()) {
                assertThat(body).as("%s of Baisha in the answer to %s", id.getKey(), who).doesNotContain(id.getValue());
            }
        } else {
            // a refusal is a problem document, never data
            assertThat(response.getContentType()).startsWith("application/problem+json");
        }
        if (route.method() != HttpMethod.GET && !who.equals("another county")) {
            // inside daye, a write outside one's village is refused; another county may write in its own database
            assertThat(response.getStatus()).as(body).isIn(401, 403, 404, 409, 422);
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    record BadInput(HttpMethod method, String path, String body, String field) {
        @Override
        public String toString() {
            return method + " " + path + " -> " + field;
        }
    }

    static List<BadInput> badInputs() {
        return List.of(
                new BadInput(HttpMethod.POST, "/matters", "{\"villageId\":\"%s\",\"title\":\"x\",\"kind\":\"LAND\",\"amount\":1,\"minutes\":\"m\"}".formatted(VILLAGE), "heldOn"),
                new BadInput(HttpMethod.POST, "/matters", "{\"villageId\":\"%s\",\"title\":\"x\",\"kind\":\"LAND\",\"amount\":\"much\",\"heldOn\":\"2026-11-20\",\"minutes\":\"m\"}".formatted(VILLAGE), "amount"),
                new BadInput(HttpMethod.POST, "/matters/{matter}/two-committees", "{\"heldOn\":\"2026-11-20\",\"minutes\":\"m\"}", "vote"),
                new BadInput(HttpMethod.POST, "/matters/{matter}/party-members", "{\"heldOn\":\"yesterday\",\"minutes\":\"m\"}", "heldOn"),
                new BadInput(HttpMethod.POST, "/matters/{matter}/representatives", meetingBody(), "householdIds"),
                new BadInput(HttpMethod.POST, "/matters/{matter}/resolution", "{\"publishedOn\":\"2026-11-20\"}", "text"),
                new BadInput(HttpMethod.POST, "/matters/{matter}/result", "{\"text\":\"t\"}", "publishedOn"),
                new BadInput(HttpMethod.POST, "/matters/{matter}/reject", "{\"reason\":\"\"}", "reason"),
                new BadInput(HttpMethod.POST, "/councils", "{\"villageId\":\"%s\",\"naturalVillageId\":\"n\",\"name\":\"x\",\"seats\":99}".formatted(VILLAGE), "seats"),
                new BadInput(HttpMethod.POST, "/councils/{council}/terms", "{\"start\":\"2030-01-01\",\"end\":\"2033-01-01\",\"members\":[]}", "members"),
                new BadInput(HttpMethod.PUT, "/councils/{council}/president", "{}", "memberId"),
                new BadInput(HttpMethod.POST, "/elections", "{\"councilId\":\"{council}\",\"title\":\"x\",\"seats\":1,\"termStart\":\"2030-01-01\",\"termEnd\":\"2033-01-01\",\"opensAt\":\"soon\",\"closesAt\":\"2030-01-01T00:00:00Z\",\"candidates\":[]}", "opensAt"),
                new BadInput(HttpMethod.POST, "/elections/{election}/ballots", "{\"householdId\":\"\",\"candidateIds\":[\"{candidate}\"]}", "householdId"),
                new BadInput(HttpMethod.PUT, "/households/{household}/head", "{}", "headSubject"),
                new BadInput(HttpMethod.POST, "/suggestions", "{\"householdId\":\"{household}\",\"title\":\"t\"}", "content"),
                new BadInput(HttpMethod.POST, "/suggestions/{suggestion}/solve", "{}", "solution"),
                new BadInput(HttpMethod.POST, "/suggestions/{suggestion}/assign", "{\"assignee\":\"a\"}", "deadline"),
                new BadInput(HttpMethod.POST, "/suggestions/{suggestion}/feedback", "{\"feedback\":\"\"}", "feedback"),
                new BadInput(HttpMethod.POST, "/suggestions/{suggestion}/rate", "{\"rating\":0}", "rating"),
                new BadInput(HttpMethod.POST, "/bench-meetings", "{\"villageId\":\"%s\",\"heldOn\":\"2026-11-20\",\"place\":\"p\",\"householdIds\":[\"{household}\"],\"suggestionIds\":[],\"minutes\":\"m\"}".formatted(VILLAGE), "suggestionIds"),
                new BadInput(HttpMethod.PUT, "/three-person-groups/{group}", "{\"villageId\":\"%s\",\"groupName\":\"x\",\"leader\":{\"name\":\"\"},\"partyMemberRepresentative\":{\"name\":\"B\"},\"villagersRepresentative\":{\"name\":\"C\"},\"since\":\"2030-01-01\"}".formatted(VILLAGE), "leader.name"),
                new BadInput(HttpMethod.POST, "/notices", "{\"villageId\":\"%s\",\"category\":\"FINANCES\",\"title\":\"x\",\"body\":\"b\",\"publishFrom\":\"2026-11-20\"}".formatted(VILLAGE), "publishUntil"),
                new BadInput(HttpMethod.POST, "/notices/{notice}/withdraw", "{}", "reason"),
                new BadInput(HttpMethod.POST, "/regulations", "{\"villageId\":\"%s\",\"title\":\"x\",\"sections\":{\"GAMBLING\":\"s\"}}".formatted(VILLAGE), "sections"),
                new BadInput(HttpMethod.POST, "/regulations/{regulation}/versions", "{\"sections\":{\"SAFETY\":\"\"}}", "sections[SAFETY]"),
                new BadInput(HttpMethod.POST, "/regulations/{regulation}/discussion", "{\"heldOn\":\"2026-11-20\"}", "summary"),
                new BadInput(HttpMethod.POST, "/regulations/{regulation}/adoption", "{\"heldOn\":\"2026-11-20\",\"vote\":{\"entitled\":9,\"present\":-1,\"votesFor\":0,\"votesAgainst\":0,\"abstentions\":0}}", "vote.present"),
                new BadInput(HttpMethod.POST, "/regulations/{regulation}/publication", "{}", "publishedOn"),
                new BadInput(HttpMethod.POST, "/evaluations", "{\"councilId\":\"{council}\",\"year\":2018,\"scores\":{\"party\":1,\"villagers\":1},\"members\":[]}", "scores.township"),
                new BadInput(HttpMethod.POST, "/evaluations/2018/ranking", "{\"advancedCouncils\":-1,\"outstandingMembers\":1}", "advancedCouncils"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void whenInputIsMalformedThenBadRequestNamesTheFieldAndNothingIsStored(BadInput bad) throws Exception {
        String everything = TestTokens.forTenant(DAYE).subject("admin-2").roles("county-admin", "village-cadre",
                "township-officer", "grid-worker", "villager").township(TOWNSHIP).village(VILLAGE).bearer();
        Map<String, List<Document>> before = snapshot();

        MockHttpServletResponse response = mvc.perform(request(new Route(bad.method(), bad.path(), bad.body(), false), everything))
                .andReturn().getResponse();

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(json(response.getContentAsString()).get("errors").findValuesAsString("field")).contains(bad.field());
        assertThat(snapshot()).isEqualTo(before);
    }

    private MockHttpServletRequestBuilder request(Route route, String token) {
        String path = "/api/v1/council" + fill(route.path());
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(route.method(), path);
        if (token != null) {
            request.header("Authorization", token);
        }
        if (route.body() != null) {
            request.contentType("application/json").content(fill(route.body()));
        } else if (route.method() != HttpMethod.GET) {
            request.contentType("application/json");
        }
        return request;
    }

    private static String fill(String template) {
        String filled = template;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            filled = filled.replace("{" + id.getKey() + "}", id.getValue());
        }
        return filled;
    }

    /** Daye's domain documents, without the outbox the relay updates in the background. */
    private Map<String, List<Document>> snapshot() {
        return TenantContext.call(DAYE, () -> {
            Map<String, List<Document>> all = new LinkedHashMap<>();
            for (String collection : COLLECTIONS) {
                List<Document> documents = mongo.find(new Query().with(Sort.by("_id")), Document.class, collection);
                documents.forEach(document -> document.remove("outbox"));
                all.put(collection, documents);
            }
            return all;
        });
    }
}
