package org.villagegov.mediation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.villagegov.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every query parameter of every GET route (read from the service's own OpenAPI document, so a
 * new route is walked too) and every path parameter, with bad values: ids out of scope or
 * unknown, paging near the integer limits, malformed values, unknown enum values, dates far
 * off. The answer is a 4xx problem+json naming the parameter, or a correct (empty) answer;
 * never a 5xx.
 */
class QueryParameterIntegrationTests extends MediationTestSupport {

    static final List<String> BAD_VALUES = List.of("-1", "0", "2147483647", "2147483648", "-2147483649",
            "99999999999999999999", "1e9", "NOPE", "", " ", "\u0000", "x".repeat(300), "' OR 1=1 --", "{\"$ne\":null}",
            "0001-01-01", "9999-12-31", "../../etc/passwd", FAR_VILLAGE, OTHER_TOWNSHIP, "gone-1", "v-nowhere");

    private static final Map<String, String> fixture = new LinkedHashMap<>();

    @BeforeEach
    void fixture() throws Exception {
        if (fixture.isEmpty()) {
            fixture.put("id", openCase("DEBT", 100).get("id").asString());
            fixture.put("mediator", mediator("VILLAGE", null, VILLAGE, "DEBT").get("id").asString());
        }
    }

    private static Map<String, String> callers() {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("county admin", countyAdmin());
        callers.put("township officer", townshipOfficer());
        callers.put("village cadre", cadre());
        callers.put("villager", villager("villager-query"));
        callers.put("provincial admin", TestTokens.forTenant("platform").subject("prov-q").roles("provincial-admin")
                .province("hubei").bearer());
        return callers;
    }

    record GetRoute(String path, List<String> query, List<String> pathParameters) {
    }

    private List<GetRoute> getRoutes() throws Exception {
        JsonNode docs = json(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
        List<GetRoute> routes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : docs.get("paths").properties()) {
            JsonNode get = path.getValue().get("get");
            if (get == null) {
                continue;
            }
            List<String> query = new ArrayList<>();
            List<String> inPath = new ArrayList<>();
            if (get.has("parameters")) {
                for (JsonNode parameter : get.get("parameters")) {
                    (parameter.get("in").asString().equals("path") ? inPath : query).add(parameter.get("name").asString());
                }
            }
            routes.add(new GetRoute(path.getKey(), query, inPath));
        }
        return routes;
    }

    private static String withPath(GetRoute route, String badParameter, String badValue) {
        String path = route.path();
        for (String parameter : route.pathParameters()) {
            String value = parameter.equals(badParameter) ? encode(badValue)
                    : switch (parameter) {
                        case "county" -> "daye";
                        default -> route.path().startsWith("/api/v1/mediation/mediators") ? fixture.get("mediator") : fixture.get("id");
                    };
            path = path.replace("{" + parameter + "}", value);
        }
        return path;
    }

    /** A date range's other end, valid, so the bad one is what the answer names (a lone end is refused naming its partner). */
    private static String partner(String parameter) {
        return switch (parameter) {
            case "from" -> "&to=2026-11-30";
            case "to" -> "&from=2026-11-01";
            default -> "";
        };
    }

        private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void whenEveryGetRouteIsCalledWithBadParameterValuesThenNeverA5xxAndA4xxNamesTheParameter() throws Exception {
        List<GetRoute> routes = getRoutes();
        assertThat(routes).extracting(GetRoute::path).contains("/api/v1/mediation/cases", "/api/v1/mediation/overdue",
                "/api/v1/mediation/mediators", "/api/v1/mediation/audit");
        SoftAssertions softly = new SoftAssertions();
        int calls = 0;
        for (GetRoute route : routes) {
            List<String> parameters = new ArrayList<>(route.query());
            parameters.addAll(route.pathParameters());
            for (String parameter : parameters) {
                for (String value : BAD_VALUES) {
                    String path = withPath(route, parameter, value);
                    String uri = route.query().contains(parameter)
                            ? path + "?" + parameter + "=" + encode(value) + partner(parameter) : path;
                    for (Map.Entry<String, String> caller : callers().entrySet()) {
                        MockHttpServletResponse response = call("GET", uri, caller.getValue(), null);
                        calls++;
                        String what = "GET " + uri.substring(0, Math.min(uri.length(), 160)) + " by " + caller.getKey();
                        softly.assertThat(response.getStatus()).as(what + ": " + response.getContentAsString()).isLessThan(500);
                        if (response.getStatus() >= 400) {
                            softly.assertThat(response.getContentType()).as(what).startsWith("application/problem+json");
                        }
                        if (route.query().contains(parameter) && (response.getStatus() == 400 || response.getStatus() == 422)) {
                            softly.assertThat(json(response.getContentAsString()).get("errors").findValuesAsString("field"))
                                    .as(what).contains(parameter);
                        }
                    }
                }
            }
        }
        assertThat(calls).isGreaterThan(500);
        softly.assertAll();
    }

    @Test
    void whenPagingNearTheIntegerLimitsThenRefusedNamingTheParameterOrAnsweredEmpty() throws Exception {
        for (String bad : List.of("page=-1", "page=2147483647", "page=2147483648", "size=0", "size=201", "size=2147483647",
                "size=-2147483648", "page=abc")) {
            MockHttpServletResponse response = call("GET", "/api/v1/mediation/cases?" + bad, countyAdmin(), null);
            assertThat(response.getStatus()).as(bad).isEqualTo(400);
            assertThat(json(response.getContentAsString()).get("errors").findValuesAsString("field"))
                    .contains(bad.substring(0, bad.indexOf('=')));
        }
        JsonNode last = getJson("/api/v1/mediation/cases?page=1000000&size=200", countyAdmin());
        assertThat(last.get("items")).isEmpty();
        assertThat(last.get("totalItems").asLong()).isPositive();
        assertThat(last.get("page").asInt()).isEqualTo(1_000_000);
    }

    @Test
    void whenAPlaceFilterIsOutOfTheCallersScopeOrUnknownThenRefusedNamingIt() throws Exception {
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("/api/v1/mediation/cases?villageId=" + FAR_VILLAGE, "villageId");
        refused.put("/api/v1/mediation/cases?villageId=v-nowhere", "villageId");
        refused.put("/api/v1/mediation/cases?townshipId=" + OTHER_TOWNSHIP, "townshipId");
        refused.put("/api/v1/mediation/cases?villageId=" + VILLAGE + "&townshipId=" + OTHER_TOWNSHIP, "townshipId");
        refused.put("/api/v1/mediation/overdue?townshipId=" + OTHER_TOWNSHIP, "townshipId");
        refused.put("/api/v1/mediation/mediators?villageId=" + FAR_VILLAGE, "villageId");
        refused.put("/api/v1/mediation/mediators?townshipId=" + OTHER_TOWNSHIP, "townshipId");
        for (Map.Entry<String, String> request : refused.entrySet()) {
            MockHttpServletResponse response = call("GET", request.getKey(), townshipOfficer(), null);
            assertThat(response.getStatus()).as(request.getKey()).isEqualTo(422);
            assertThat(json(response.getContentAsString()).get("errors").findValuesAsString("field"))
                    .as(request.getKey()).contains(request.getValue());
        }
        // in scope: answered
        assertThat(getJson("/api/v1/mediation/cases?villageId=" + VILLAGE, townshipOfficer()).get("totalItems").asLong())
                .isPositive();
        assertThat(call("GET", "/api/v1/mediation/cases?villageId=" + OTHER_VILLAGE, cadre(), null).getStatus()).isEqualTo(422);
    }
}
