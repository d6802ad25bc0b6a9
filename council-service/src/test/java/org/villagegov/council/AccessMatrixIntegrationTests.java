package org.villagegov.council;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
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
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.test.AccessMatrix;
import org.villagegov.platform.test.DatabaseSnapshot;
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

    static final List<String> COLLECTIONS = List.of("matters", "councils", "elections", "ballot_participations",
            "ballot_papers", "household_heads", "suggestions", "bench_meetings", "three_person_groups", "notices",
            "regulations", "evaluations", "evaluation_rounds", "representative_rosters");

    record Route(HttpMethod method, String path, String body, boolean openToVillagers) {
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
        String household = household();
        String matter = postOk("/api/v1/council/matters", cadre(), """
                {"villageId":"%s","title":"Matrix matter","kind":"LAND","amount":1,"heldOn":"%s","minutes":"m"}
                """.formatted(VILLAGE, today())).get("id").asString();
        String council = postOk("/api/v1/council/councils", cadre(), """
                {"villageId":"%s","naturalVillageId":"%s","name":"Matrix council","seats":5}
                """.formatted(VILLAGE, naturalVillage())).get("id").asString();
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
        roster(VILLAGE, List.of(household));
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
        return "{\"heldOn\":\"2026-11-20\",\"entitled\":9,\"attendees\":[\"A\"],"
                + "\"vote\":{\"votesFor\":1,\"votesAgainst\":0,\"abstentions\":0},\"minutes\":\"m\"}";
    }

    static List<Route> routes() {
        String vote = "{\"votesFor\":1,\"votesAgainst\":0,\"abstentions\":0}";
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
                        "{\"householdId\":\"{household}\",\"candidateIds\":[\"{candidate}\"],\"witnessId\":\"{member}\",\"serial\":\"X-1\"}", false),
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
                new Route(HttpMethod.POST, "/suggestions/{suggestion}/not-feasible", "{\"reason\":\"r\"}", false),
                new Route(HttpMethod.PUT, "/villages/%s/representatives".formatted(VILLAGE),
                        "{\"representatives\":[{\"householdId\":\"{household}\",\"name\":\"Intruder\"}]}", false),
                new Route(HttpMethod.GET, "/villages/%s/representatives".formatted(VILLAGE), null, true),
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
                new Route(HttpMethod.POST, "/regulations/{regulation}/adoption",
                        "{\"heldOn\":\"2026-11-20\",\"householdIds\":[\"{household}\"],\"vote\":%s}".formatted(vote), false),
                new Route(HttpMethod.POST, "/regulations/{regulation}/publication", "{\"publishedOn\":\"2026-11-20\"}", false),
                new Route(HttpMethod.POST, "/evaluations", """
                        {"councilId":"{council}","year":2018,"scores":{"party":1,"villagers":1,"township":1},"members":[]}
                        """, false),
                new Route(HttpMethod.GET, "/evaluations?year=2018", null, false),
                new Route(HttpMethod.POST, "/evaluations/2018/ranking", "{\"advancedCouncils\":1,\"outstandingMembers\":1}", false),
                new Route(HttpMethod.GET, "/evaluations/2018/ranking", null, false),
                new Route(HttpMethod.GET, "/evaluations/cadre-candidates", null, false),
                new Route(HttpMethod.GET, "/report", null, false),
                new Route(HttpMethod.GET, "/indicators", null, false),
                new Route(HttpMethod.GET, "/indicators?township=%s".formatted(TOWNSHIP), null, false),
                new Route(HttpMethod.GET, "/indicators/drift?county=daye", null, false),
                new Route(HttpMethod.POST, "/indicators/drift/repair?county=daye", null, false),
                new Route(HttpMethod.GET, "/audit", null, false));
    }

    static Stream<Arguments> intrusions() {
        Map<String, String> intruders = new LinkedHashMap<>();
        intruders.put("another county", TestTokens.forTenant(LINXIAN).roles("county-admin", "village-cadre", "grid-worker",
                "township-officer", "council-member", "villager").township(TOWNSHIP).village(VILLAGE).bearer());
        intruders.put("staff of another village", TestTokens.forTenant(DAYE).subject("staff-v2").roles("village-cadre",
                "grid-worker", "council-member").township("t-other").village(OTHER_VILLAGE).bearer());
        intruders.put("a township officer of another township", TestTokens.forTenant(DAYE).subject("officer-far")
                .roles("township-officer").township(FAR_TOWNSHIP).bearer());
        intruders.put("a villager", villager("villager-unlinked"));
        intruders.put("a villager of another village", TestTokens.forTenant(DAYE).subject("villager-v2").roles("villager")
                .township(TOWNSHIP).village(OTHER_VILLAGE).bearer());
        intruders.put("no token", null);
        return AccessMatrix.cross(routes(), intruders, (route, who) -> !(route.openToVillagers() && who.equals("a villager")));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("intrusions")
    void whenSomeoneOutsideTheVillageCallsARouteThenNothingLeaksAndNothingChanges(Route route, String who, String token)
            throws Exception {
        Map<String, List<Document>> before = snapshot();

        MockHttpServletResponse response = mvc.perform(request(route, token)).andReturn().getResponse();

        // inside daye, a write outside one's village is refused; another county may write in its own database
        AccessMatrix.assertNothingLeaks(response, ids, who, token,
                route.method() != HttpMethod.GET && !who.equals("another county"));
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
                new BadInput(HttpMethod.POST, "/matters/{matter}/representatives",
                        "{\"heldOn\":\"2026-11-20\",\"vote\":{\"votesFor\":1,\"votesAgainst\":0,\"abstentions\":0},\"minutes\":\"m\"}", "householdIds"),
                new BadInput(HttpMethod.POST, "/matters/{matter}/two-committees",
                        "{\"heldOn\":\"2026-11-20\",\"entitled\":9,\"attendees\":[],\"vote\":{\"votesFor\":0,\"votesAgainst\":0,\"abstentions\":0},\"minutes\":\"m\"}", "attendees"),
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
                new BadInput(HttpMethod.POST, "/regulations/{regulation}/adoption", "{\"heldOn\":\"2026-11-20\",\"householdIds\":[\"{household}\"],\"vote\":{\"votesFor\":-1,\"votesAgainst\":0,\"abstentions\":0}}", "vote.votesFor"),
                new BadInput(HttpMethod.POST, "/suggestions/{suggestion}/not-feasible", "{\"reason\":\"\"}", "reason"),
                new BadInput(HttpMethod.PUT, "/villages/%s/representatives".formatted(VILLAGE), "{\"representatives\":[]}", "representatives"),
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

    /** Every write whose body names a village (and so may name its township too). */
    static Stream<Route> villageWrites() {
        return routes().stream().filter(r -> r.body() != null && r.body().contains("\"villageId\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("villageWrites")
    void whenACadreNamesTheirOwnTownshipWithAVillageOfAnotherTownshipThenRefusedNamingTheVillageAndNothingIsWritten(Route route)
            throws Exception {
        String body = route.body().replace("\"villageId\":\"" + VILLAGE + "\"",
                "\"villageId\":\"" + FAR_VILLAGE + "\",\"townshipId\":\"" + TOWNSHIP + "\"");
        Map<String, List<Document>> before = snapshot();

        MockHttpServletResponse response = mvc.perform(request(new Route(route.method(), route.path(), body, false), cadre()))
                .andReturn().getResponse();

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(422);
        assertThat(json(response.getContentAsString()).get("errors").findValuesAsString("field")).contains("villageId");
        assertThat(snapshot()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("villageWrites")
    void whenABodyTownshipDisagreesWithTheRegionTreeThenRefusedNamingTheTownshipAndNothingIsWritten(Route route)
            throws Exception {
        String body = route.body().replace("\"villageId\":\"" + VILLAGE + "\"",
                "\"villageId\":\"" + VILLAGE + "\",\"townshipId\":\"" + FAR_TOWNSHIP + "\"");
        Map<String, List<Document>> before = snapshot();

        MockHttpServletResponse response = mvc.perform(request(new Route(route.method(), route.path(), body, false),
                countyAdmin())).andReturn().getResponse();

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(422);
        assertThat(json(response.getContentAsString()).get("errors").findValuesAsString("field")).contains("townshipId");
        assertThat(snapshot()).isEqualTo(before);
    }

    record Probe(String route, String parameter, String value, String who) {
        @Override
        public String toString() {
            return "GET " + route + " " + parameter + "=" + (value.length() > 30 ? value.substring(0, 30) + "..." : value)
                    + " by " + who;
        }
    }

    /** Every query parameter and path number of every GET route of this service, with values nobody should send. */
    static Stream<Arguments> badQueries() throws Exception {
        List<Arguments> probes = new ArrayList<>();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.villagegov.council")) {
            Class<?> controller = Class.forName(candidate.getBeanClassName());
            RequestMapping prefix = controller.getAnnotation(RequestMapping.class);
            String base = prefix == null || prefix.value().length == 0 ? "" : prefix.value()[0];
            for (Method method : controller.getDeclaredMethods()) {
                GetMapping get = method.getAnnotation(GetMapping.class);
                if (get == null) {
                    continue;
                }
                String pattern = base + (get.value().length == 0 ? "" : get.value()[0]);
                for (int i = 0; i < method.getParameterCount(); i++) {
                    if (method.getParameterTypes()[i] == Pageable.class) {
                        // a page request binds page and size from the query, as the @RequestParam ints did before
                        for (String name : List.of("page", "size")) {
                            for (String value : badValues(int.class)) {
                                for (String who : List.of("county admin", "Baisha cadre")) {
                                    probes.add(Arguments.of(new Probe(pattern, name, value, who)));
                                }
                            }
                        }
                        continue;
                    }
                    MethodParameter parameter = new MethodParameter(method, i);
                    parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
                    RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
                    PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
                    String name = query != null ? nameOf(query.name(), query.value(), parameter)
                            : path != null ? nameOf(path.name(), path.value(), parameter) : null;
                    if (name == null || (path != null && parameter.getParameterType() == String.class)) {
                        continue;
                    }
                    for (String value : badValues(parameter.getParameterType())) {
                        for (String who : List.of("county admin", "Baisha cadre")) {
                            probes.add(Arguments.of(new Probe(pattern, path != null ? "{" + name + "}" : name, value, who)));
                        }
                    }
                }
            }
        }
        return probes.stream();
    }

    private static String nameOf(String name, String value, MethodParameter parameter) {
        if (!name.isEmpty()) {
            return name;
        }
        if (!value.isEmpty()) {
            return value;
        }
        return parameter.getParameterName();
    }

    private static List<String> badValues(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return List.of("-1", "0", "2147483647", "2147483648", "-2147483648", "99999999999999999999", "abc", "1e3", "");
        }
        if (type == boolean.class || type == Boolean.class) {
            return List.of("maybe", "2", "");
        }
        if (type.isEnum()) {
            return List.of("BOGUS", "raised", "");
        }
        return List.of("x".repeat(3000), "../../lookup/places/v-baisha", "gone-1", OTHER_VILLAGE, FAR_VILLAGE, "v-nowhere",
                "%00", "\u4e0a\u6751", "");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badQueries")
    void whenAGetRouteGetsABadQueryValueThenAProblemNamingItOrACorrectEmptyAnswerNeverA5xx(Probe probe) throws Exception {
        String token = probe.who().equals("county admin") ? countyAdmin() : cadre();
        String path = probe.route().replace("{id}", ids.get("matter")).replace("{groupId}", ids.get("group"))
                .replace("{villageId}", VILLAGE).replace("{county}", "daye").replace("{year}", "2018");
        path = fillRouteIds(probe.route(), path);
        String good = "/api/v1/council" + path.substring("/api/v1/council".length());
        int baseline = mvc.perform(MockMvcRequestBuilders.get(good).header("Authorization", token)).andReturn()
                .getResponse().getStatus();
        MockHttpServletRequestBuilder request = probe.parameter().startsWith("{")
                ? MockMvcRequestBuilders.get(probe.route().replace(probe.parameter(), UriUtils.encodePathSegment(probe.value(),
                StandardCharsets.UTF_8)).replace("{county}", "daye"))
                : MockMvcRequestBuilders.get(good).queryParam(probe.parameter(), probe.value());
        Map<String, List<Document>> before = snapshot();

        MockHttpServletResponse response = mvc.perform(request.header("Authorization", token)).andReturn().getResponse();

        String body = response.getContentAsString();
        assertThat(response.getStatus()).as(body).isLessThan(500);
        if (response.getStatus() >= 400) {
            assertThat(response.getContentType()).as(body).startsWith("application/problem+json");
            if (response.getStatus() == 403) {
                assertThat(baseline).as("403 only where the caller may not read the route at all").isEqualTo(403);
            } else if (response.getStatus() != 404 || !probe.parameter().startsWith("{")) {
                assertThat(response.getStatus()).as(body).isIn(400, 422);
                String field = probe.parameter().replace("{", "").replace("}", "");
                assertThat(json(body).get("errors").findValuesAsString("field")).as(body).contains(field);
            }
        } else {
            assertThat(json(body).isObject() || json(body).isArray()).as(body).isTrue();
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    private static String fillRouteIds(String route, String path) {
        if (route.contains("/councils/")) {
            return path.replace(ids.get("matter"), ids.get("council"));
        }
        if (route.contains("/elections/")) {
            return path.replace(ids.get("matter"), ids.get("election"));
        }
        if (route.contains("/suggestions/")) {
            return path.replace(ids.get("matter"), ids.get("suggestion"));
        }
        if (route.contains("/bench-meetings/")) {
            return path.replace(ids.get("matter"), ids.get("meeting"));
        }
        if (route.contains("/notices/")) {
            return path.replace(ids.get("matter"), ids.get("notice"));
        }
        if (route.contains("/regulations/")) {
            return path.replace(ids.get("matter"), ids.get("regulation"));
        }
        return path;
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
        return ids.fill(template);
    }

    /** Daye's domain documents, without the outbox the relay updates in the background. */
    private Map<String, List<Document>> snapshot() {
        return TenantContext.call(DAYE, () -> DatabaseSnapshot.of(mongo, COLLECTIONS));
    }
}
