package org.villagegov.grid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Pageable;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Walks every GET route of grid-service with bad values in each query parameter (ids out of
 * scope or unknown, empty, oversized, malformed numbers, pages near the integer limit, unknown
 * enum values, impossible dates): each answer is a correct 2xx or a 4xx problem+json that names
 * the parameter, never a 5xx.
 */
class QueryParameterIntegrationTests extends GridTestSupport {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** Parameters that only make sense together (the ends of a date range): each is walked with a valid other. */
    private static final Map<String, String> PARTNERS = Map.of("from", "to", "to", "from");

    private record Route(String path, HandlerMethod handler) {
    }

    private List<Route> getRoutes() {
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            if (!info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/v1/grid")) {
                    routes.add(new Route(pattern, entry.getValue()));
                }
            }
        }
        return routes;
    }

    private static List<String> badValues(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return List.of("2147483647", "2147483648", "-1", "-2147483648", "abc", "1e3", "");
        }
        if (type.isEnum()) {
            return List.of("NOT_A_VALUE", "", "closed");
        }
        if (type == LocalDate.class) {
            return List.of("2999-99-99", "0000-01-01", "+999999999-12-31", "yesterday");
        }
        return List.of("", "nowhere", "gone-1", village2, township2, "x".repeat(300), "%00", "{\"$ne\":null}");
    }

    @Test
    void whenEveryGetRouteIsCalledWithBadQueryValuesThenEachAnswerIsACorrectPageOrA4xxNamingTheParameter()
            throws Exception {
        String household = household(countyAdmin(), Map.of("villageId", village1, "address", "a", "headName", "h"));
        Map<String, String> valid = Map.of("villageId", village1, "householdId", household, "page", "0", "size", "10",
                "from", "2026-11-01", "to", "2026-11-30");
        List<Route> routes = getRoutes();
        assertThat(routes).extracting(Route::path).contains("/api/v1/grid/households", "/api/v1/grid/visits");
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (Route route : routes) {
            String path = route.path().replaceAll("\\{[^}]+}", "nowhere");
            Map<String, Class<?>> parameters = new LinkedHashMap<>();
            Map<String, Boolean> required = new LinkedHashMap<>();
            for (MethodParameter parameter : route.handler().getMethodParameters()) {
                if (Pageable.class.isAssignableFrom(parameter.getParameterType())) {
                    // the platform binds a Pageable from page and size: walk them as the int parameters they were
                    parameters.put("page", int.class);
                    parameters.put("size", int.class);
                    required.put("page", false);
                    required.put("size", false);
                }
                RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                if (param != null) {
                    String name = param.name().isEmpty() ? param.value() : param.name();
                    if (name.isEmpty()) {
                        parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
                        name = parameter.getParameterName();
                    }
                    parameters.put(name, parameter.getParameterType());
                    required.put(name, param.required()
                            && org.springframework.web.bind.annotation.ValueConstants.DEFAULT_NONE.equals(param.defaultValue()));
                }
            }
            for (Map.Entry<String, Class<?>> tested : parameters.entrySet()) {
                for (String bad : badValues(tested.getValue())) {
                    for (String token : List.of(countyAdmin(), cadre1(), townshipOfficer(), otherTownshipOfficer(),
                            villager("villager-walk"))) {
                        var request = get(path).header("Authorization", token).queryParam(tested.getKey(), bad);
                        String partner = PARTNERS.get(tested.getKey());
                        if (partner != null && parameters.containsKey(partner)) {
                            // a date range is judged once both ends are there: the bad end must be the one named
                            request.queryParam(partner, valid.get(partner));
                        }
                        for (Map.Entry<String, Boolean> other : required.entrySet()) {
                            if (other.getValue() && !other.getKey().equals(tested.getKey())) {
                                request.queryParam(other.getKey(), valid.getOrDefault(other.getKey(), "x"));
                            }
                        }
                        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
                        calls++;
                        String problem = check(response, tested.getKey());
                        if (problem != null) {
                            failures.add("GET " + path + "?" + tested.getKey() + "=" + bad + " -> " + response.getStatus()
                                    + " " + problem);
                        }
                    }
                }
            }
        }
        assertThat(calls).isGreaterThan(100);
        assertThat(failures).isEmpty();
    }

    @Test
    void whenAPageFarPastTheEndIsAskedThenItIsEmptyWithTheTrueTotal() throws Exception {
        household(countyAdmin(), Map.of("villageId", village1, "address", "a", "headName", "h"));
        String first = mvc.perform(get("/api/v1/grid/households?size=1").header("Authorization", countyAdmin()))
                .andReturn().getResponse().getContentAsString();
        long total = json(first).get("totalItems").asLong();
        String far = mvc.perform(get("/api/v1/grid/households?page=100000&size=200").header("Authorization", countyAdmin()))
                .andReturn().getResponse().getContentAsString();
        assertThat(json(far).get("items").size()).isZero();
        assertThat(json(far).get("totalItems").asLong()).isEqualTo(total);
        assertThat(json(far).get("totalPages").asInt()).isEqualTo((int) ((total + 199) / 200));
        mvc.perform(get("/api/v1/grid/households?page=2147483647").header("Authorization", countyAdmin()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].field")
                        .value("page"));
    }

    /** Null when the answer is acceptable, else what is wrong with it. */
    private static String check(MockHttpServletResponse response, String parameter) throws Exception {
        int status = response.getStatus();
        if (status >= 500) {
            return "server error " + response.getContentAsString();
        }
        if (status < 400) {
            return null;
        }
        String type = String.valueOf(response.getContentType());
        if (!type.startsWith("application/problem+json")) {
            return "not problem+json: " + type;
        }
        if (status == 400 || status == 422) {
            String body = response.getContentAsString();
            if (!body.contains("\"field\":\"" + parameter + "\"")) {
                return "does not name " + parameter + ": " + body;
            }
        }
        return null;
    }
}
