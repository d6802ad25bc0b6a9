package org.villagegov.points;

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
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.test.AccessMatrix;
import org.villagegov.platform.test.DatabaseSnapshot;
import org.villagegov.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.villagegov.platform.test.TestTenants.DAYE;
import static org.villagegov.platform.test.TestTenants.LINXIAN;

/**
 * Every route of the service against the callers who must get nothing out of county daye's
 * village Baisha: another county (with every role), staff of another village, a villager (on
 * routes not open to villagers) and no token. Whatever they get, daye's documents are unchanged
 * and no id of Baisha's data appears in an answer. Then bad input on every write: 400 naming
 * the field, nothing stored.
 */
class AccessMatrixIntegrationTests extends PointsTestSupport {

    static final List<String> COLLECTIONS = List.of("rules", "awards", "accounts", "passbook_entries", "cap_usage", "items",
            "redemptions", "list_entries", "list_computations", "event_rules", "corrections", "correction_limits",
            "capped_events");

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
        fund(household, 100);
        String correction = postJson("/api/v1/points/accounts/" + household + "/corrections", cadre(),
                "{\"amount\":5,\"category\":\"DATA_ENTRY_ERROR\",\"reason\":\"typo\"}").get("id").asString();
        postJson("/api/v1/points/rules", countyAdmin(), """
                {"code":"matrix-rule","behaviour":"x","category":"HYGIENE","points":2,"evidenceRequired":false}
                """);
        String rule = postJson("/api/v1/points/rules", cadre(), """
                {"code":"matrix-rule","townshipId":"%s","villageId":"%s","behaviour":"x","category":"HYGIENE","points":3,"evidenceRequired":false}
                """.formatted(TOWNSHIP, VILLAGE)).get("id").asString();
        String award = postJson("/api/v1/points/awards", gridWorker(), """
                {"householdId":"%s","ruleCode":"volunteering","occurredOn":"2026-11-20"}
                """.formatted(household)).get("id").asString();
        String item = postJson("/api/v1/points/supermarket/items", clerk(), """
                {"townshipId":"%s","villageId":"%s","name":"rice","price":10,"stock":5}
                """.formatted(TOWNSHIP, VILLAGE)).get("id").asString();
        String redemption = postJson("/api/v1/points/supermarket/redemptions", clerk(),
                "{\"householdId\":\"%s\",\"itemId\":\"%s\",\"quantity\":1}".formatted(household, item)).get("id").asString();
        postJson("/api/v1/points/lists/designations", cadre(), """
                {"householdId":"%s","kind":"RED","reason":"model family","periodStart":"2026-01-01","periodEnd":"2026-12-31"}
                """.formatted(household));
        ids.put("household", household);
        ids.put("rule", rule);
        ids.put("award", award);
        ids.put("item", item);
        ids.put("redemption", redemption);
        ids.put("correction", correction);
    }

    static List<Route> routes() {
        return List.of(
                new Route(HttpMethod.GET, "/rules", null, true),
                new Route(HttpMethod.GET, "/rules/{rule}", null, true),
                new Route(HttpMethod.POST, "/rules", """
                        {"code":"intruder","townshipId":"%s","villageId":"%s","behaviour":"x","category":"HYGIENE","points":99,"evidenceRequired":false}
                        """.formatted(TOWNSHIP, VILLAGE), false),
                new Route(HttpMethod.PUT, "/rules/{rule}", """
                        {"behaviour":"x","category":"HYGIENE","points":99,"evidenceRequired":false,"active":true,"version":0}
                        """, false),
                new Route(HttpMethod.POST, "/rules/{rule}/approve", null, false),
                new Route(HttpMethod.POST, "/rules/{rule}/reject", "{\"reason\":\"x\"}", false),
                new Route(HttpMethod.GET, "/accounts", null, false),
                new Route(HttpMethod.GET, "/accounts/{household}", null, false),
                new Route(HttpMethod.PUT, "/accounts/{household}/holder", "{\"subject\":\"intruder\"}", false),
                new Route(HttpMethod.POST, "/accounts/{household}/corrections",
                        "{\"amount\":500,\"category\":\"OTHER\",\"reason\":\"x\"}", false),
                new Route(HttpMethod.GET, "/corrections", null, false),
                new Route(HttpMethod.GET, "/corrections/{correction}", null, false),
                new Route(HttpMethod.POST, "/corrections/{correction}/approve", null, false),
                new Route(HttpMethod.POST, "/corrections/{correction}/reject", "{\"reason\":\"x\"}", false),
                new Route(HttpMethod.GET, "/accounts/check", null, false),
                new Route(HttpMethod.POST, "/awards", """
                        {"householdId":"{household}","ruleCode":"volunteering","occurredOn":"2026-11-20"}
                        """, false),
                new Route(HttpMethod.POST, "/awards/bulk", """
                        {"householdIds":["{household}"],"ruleCode":"volunteering","occurredOn":"2026-11-20"}
                        """, false),
                new Route(HttpMethod.GET, "/awards", null, false),
                new Route(HttpMethod.GET, "/awards/{award}", null, false),
                new Route(HttpMethod.POST, "/awards/{award}/approve", null, false),
                new Route(HttpMethod.POST, "/awards/{award}/reject", "{\"reason\":\"x\"}", false),
                new Route(HttpMethod.POST, "/awards/{award}/objections", "{\"reason\":\"x\"}", true),
                new Route(HttpMethod.GET, "/awards/board", null, true),
                new Route(HttpMethod.GET, "/event-rules", null, false),
                new Route(HttpMethod.PUT, "/event-rules/visit.logged", "{\"ruleCode\":null,\"enabled\":false}", false),
                new Route(HttpMethod.POST, "/lists/computations", """
                        {"townshipId":"%s","villageId":"%s","periodStart":"2026-01-01","periodEnd":"2026-12-31"}
                        """.formatted(TOWNSHIP, VILLAGE), false),
                new Route(HttpMethod.POST, "/lists/designations", """
                        {"householdId":"{household}","kind":"BLACK","reason":"x","periodStart":"2026-01-01","periodEnd":"2026-12-31"}
                        """, false),
                new Route(HttpMethod.GET, "/lists", null, true),
                new Route(HttpMethod.POST, "/supermarket/items", """
                        {"townshipId":"%s","villageId":"%s","name":"x","price":1,"stock":1}
                        """.formatted(TOWNSHIP, VILLAGE), false),
                new Route(HttpMethod.GET, "/supermarket/items", null, true),
                new Route(HttpMethod.GET, "/supermarket/items/{item}", null, true),
                new Route(HttpMethod.POST, "/supermarket/items/{item}/top-ups", "{\"quantity\":5}", false),
                new Route(HttpMethod.POST, "/supermarket/redemptions", """
                        {"householdId":"{household}","itemId":"{item}","quantity":1}
                        """, false),
                new Route(HttpMethod.GET, "/supermarket/redemptions", null, false),
                new Route(HttpMethod.GET, "/supermarket/redemptions/{redemption}", null, false),
                new Route(HttpMethod.POST, "/supermarket/redemptions/{redemption}/refund", "{\"reason\":\"x\"}", false),
                new Route(HttpMethod.GET, "/leaderboard?villageId=" + VILLAGE, null, true),
                new Route(HttpMethod.GET, "/report", null, false),
                new Route(HttpMethod.GET, "/indicators", null, false),
                new Route(HttpMethod.GET, "/indicators?township=" + TOWNSHIP, null, false));
    }

    static Stream<Arguments> intrusions() {
        Map<String, String> intruders = new LinkedHashMap<>();
        intruders.put("another county", TestTokens.forTenant(LINXIAN).roles("county-admin", "village-cadre", "points-clerk",
                "grid-worker", "township-officer").township(TOWNSHIP).village(VILLAGE).bearer());
        intruders.put("staff of another village", TestTokens.forTenant(DAYE).subject("staff-v2").roles("village-cadre",
                "points-clerk", "grid-worker", "council-member").township("t-other").village(OTHER_VILLAGE).bearer());
        intruders.put("a township officer of another township", TestTokens.forTenant(DAYE).subject("to-far")
                .roles("township-officer").township(FAR_TOWNSHIP).bearer());
        intruders.put("a villager", villager("villager-unlinked"));
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
        if (response.getStatus() >= 300) {
            // a refusal is a problem document (which may echo the id the caller sent), never data
            String body = response.getContentAsString();
            assertThat(json(body).has("balance") || json(body).has("items")).isFalse();
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
                new BadInput(HttpMethod.POST, "/rules", "{\"code\":\"ok-code\",\"behaviour\":\"x\",\"category\":\"HYGIENE\",\"points\":1000,\"evidenceRequired\":false}", "points"),
                new BadInput(HttpMethod.POST, "/rules", "{\"code\":\"Bad Code!\",\"behaviour\":\"x\",\"category\":\"HYGIENE\",\"points\":1,\"evidenceRequired\":false}", "code"),
                new BadInput(HttpMethod.PUT, "/rules/{rule}", "{\"behaviour\":\"x\",\"category\":\"NOPE\",\"points\":1,\"evidenceRequired\":false,\"active\":true,\"version\":0}", "category"),
                new BadInput(HttpMethod.PUT, "/accounts/{household}/holder", "{}", "subject"),
                new BadInput(HttpMethod.POST, "/accounts/{household}/corrections", "{\"amount\":\"lots\",\"category\":\"OTHER\",\"reason\":\"x\"}", "amount"),
                new BadInput(HttpMethod.POST, "/accounts/{household}/corrections", "{\"amount\":5,\"category\":\"GIFT\",\"reason\":\"x\"}", "category"),
                new BadInput(HttpMethod.POST, "/rules/{rule}/reject", "{}", "reason"),
                new BadInput(HttpMethod.POST, "/corrections/{correction}/reject", "{\"reason\":\"\"}", "reason"),
                new BadInput(HttpMethod.POST, "/awards", "{\"householdId\":\"{household}\",\"ruleCode\":\"volunteering\",\"occurredOn\":\"yesterday\"}", "occurredOn"),
                new BadInput(HttpMethod.POST, "/awards", "{\"householdId\":\"{household}\",\"occurredOn\":\"2026-11-20\"}", "ruleCode"),
                new BadInput(HttpMethod.POST, "/awards/bulk", "{\"householdIds\":[],\"ruleCode\":\"volunteering\",\"occurredOn\":\"2026-11-20\"}", "householdIds"),
                new BadInput(HttpMethod.POST, "/awards/{award}/reject", "{}", "reason"),
                new BadInput(HttpMethod.POST, "/awards/{award}/objections", "{\"reason\":\"\"}", "reason"),
                new BadInput(HttpMethod.PUT, "/event-rules/visit.logged", "{\"ruleCode\":\"visit-received\"}", "enabled"),
                new BadInput(HttpMethod.POST, "/lists/computations", "{\"townshipId\":\"t\",\"villageId\":\"v\",\"periodStart\":\"2026-01-01\"}", "periodEnd"),
                new BadInput(HttpMethod.POST, "/lists/designations", "{\"householdId\":\"{household}\",\"kind\":\"PURPLE\",\"reason\":\"x\",\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-02-01\"}", "kind"),
                new BadInput(HttpMethod.POST, "/supermarket/items", "{\"townshipId\":\"%s\",\"villageId\":\"%s\",\"name\":\"x\",\"price\":5,\"stock\":-1}".formatted(TOWNSHIP, VILLAGE), "stock"),
                new BadInput(HttpMethod.POST, "/supermarket/items/{item}/top-ups", "{\"quantity\":0}", "quantity"),
                new BadInput(HttpMethod.POST, "/supermarket/redemptions", "{\"householdId\":\"{household}\",\"itemId\":\"{item}\",\"quantity\":-1}", "quantity"),
                new BadInput(HttpMethod.POST, "/supermarket/redemptions", "{\"householdId\":\"{household}\",\"itemId\":\"{item}\",\"quantity\":1,\"price\":0}", "price"),
                new BadInput(HttpMethod.POST, "/supermarket/redemptions/{redemption}/refund", "{}", "reason"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void whenInputIsMalformedThenBadRequestNamesTheFieldAndNothingIsStored(BadInput bad) throws Exception {
        String everything = TestTokens.forTenant(DAYE).subject("admin-2").roles("county-admin", "village-cadre",
                "points-clerk", "grid-worker").township(TOWNSHIP).village(VILLAGE).bearer();
        Map<String, List<Document>> before = snapshot();

        MockHttpServletResponse response = mvc.perform(request(new Route(bad.method(), bad.path(), bad.body(), false), everything))
                .andReturn().getResponse();

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(json(response.getContentAsString()).get("errors").findValuesAsString("field")).contains(bad.field());
        assertThat(snapshot()).isEqualTo(before);
    }

    /**
     * Writes whose body names a village (and, optionally, its township): a caller who names their
     * own township next to a village of another township, or who names the right village with a
     * township it is not in, is refused naming the field, and nothing is written.
     */
    static Stream<Arguments> townshipClaims() {
        String farCadre = TestTokens.forTenant(DAYE).subject("cadre-far").roles("village-cadre", "points-clerk")
                .township(FAR_TOWNSHIP).village(FAR_VILLAGE).bearer();
        String farOfficer = TestTokens.forTenant(DAYE).subject("to-far").roles("township-officer")
                .township(FAR_TOWNSHIP).bearer();
        String everything = TestTokens.forTenant(DAYE).subject("cadre-home").roles("village-cadre", "points-clerk")
                .township(TOWNSHIP).village(VILLAGE).bearer();
        String computation = "{\"townshipId\":\"%s\",\"villageId\":\"%s\",\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-12-31\"}";
        String item = "{\"townshipId\":\"%s\",\"villageId\":\"%s\",\"name\":\"x\",\"price\":1,\"stock\":1}";
        String rule = "{\"code\":\"volunteering\",\"townshipId\":\"%s\",\"villageId\":\"%s\",\"behaviour\":\"x\",\"category\":\"HYGIENE\",\"points\":5,\"evidenceRequired\":false}";
        List<Arguments> cases = new ArrayList<>();
        for (String[] write : new String[][] {{"/lists/computations", computation}, {"/supermarket/items", item}, {"/rules", rule}}) {
            cases.add(Arguments.of(write[0], "a cadre naming their own township with a village of another township",
                    farCadre, write[1].formatted(FAR_TOWNSHIP, VILLAGE), "villageId"));
            if (write[0].equals("/lists/computations")) {
                // the only one of these writes open to township officers (the others are 403 by role)
                cases.add(Arguments.of(write[0], "a township officer naming their own township with a village of another township",
                        farOfficer, write[1].formatted(FAR_TOWNSHIP, VILLAGE), "villageId"));
            }
            cases.add(Arguments.of(write[0], "a cadre naming their own village with another township",
                    everything, write[1].formatted(FAR_TOWNSHIP, VILLAGE), "townshipId"));
            cases.add(Arguments.of(write[0], "a village unknown in the county",
                    countyAdmin(), write[1].formatted(TOWNSHIP, "v-nowhere"), "villageId"));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "POST {0} by {1}")
    @MethodSource("townshipClaims")
    void whenABodyNamesAVillageOutsideTheCallersTownshipThenRefusedNamingTheFieldAndNothingIsWritten(
            String path, String who, String token, String body, String field) throws Exception {
        Map<String, List<Document>> before = snapshot();

        MockHttpServletResponse response = mvc.perform(request(new Route(HttpMethod.POST, path, body, false), token))
                .andReturn().getResponse();

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(422);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(json(response.getContentAsString()).get("errors").findValuesAsString("field")).containsExactly(field);
        assertThat(snapshot()).isEqualTo(before);
    }

    private MockHttpServletRequestBuilder request(Route route, String token) {
        String path = "/api/v1/points" + fill(route.path());
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
