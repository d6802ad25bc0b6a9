package org.villagegov.platform.test;

import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared runner of the services' access matrices: every route against every caller who
 * must get nothing out of a fixture, and what "nothing" means. A service keeps its routes, its
 * fixture and its intruders; this keeps the crossing, the placeholders and the verdict.
 */
public final class AccessMatrix {

    private AccessMatrix() {
    }

    /** Every route with every intruder ({@code who} -> bearer token, {@code null} for none), as test arguments (route, who, token). */
    public static <R> Stream<Arguments> cross(List<R> routes, Map<String, String> intruders) {
        return cross(routes, intruders, (route, who) -> true);
    }

    /** The same, leaving out the pairs {@code include} refuses (a route open to the intruder's role). */
    public static <R> Stream<Arguments> cross(List<R> routes, Map<String, String> intruders, BiPredicate<R, String> include) {
        List<Arguments> cases = new ArrayList<>();
        for (R route : routes) {
            intruders.forEach((who, token) -> {
                if (include.test(route, who)) {
                    cases.add(Arguments.of(route, who, token));
                }
            });
        }
        return cases.stream();
    }

    /**
     * The verdict on one intruder's answer: no token is 401; never a 500; an answer with data
     * names none of the fixture's ids; a refusal is a problem document; and where
     * {@code mustRefuse} (a write inside the fixture's county) it is a refusal (401, 403, 404,
     * 409 or 422). The caller also compares a {@link DatabaseSnapshot} before and after.
     */
    public static void assertNothingLeaks(MockHttpServletResponse response, Fixture fixture, String who, String token,
                                          boolean mustRefuse) throws UnsupportedEncodingException {
        String body = response.getContentAsString();
        if (token == null) {
            assertThat(response.getStatus()).isEqualTo(401);
        }
        assertThat(response.getStatus()).as(body).isNotEqualTo(500);
        if (response.getStatus() < 300) {
            for (Map.Entry<String, String> id : fixture.ids().entrySet()) {
                assertThat(body).as("%s of the fixture in the answer to %s", id.getKey(), who).doesNotContain(id.getValue());
            }
        } else {
            // a refusal is a problem document, never data
            assertThat(response.getContentType()).startsWith("application/problem+json");
        }
        if (mustRefuse) {
            assertThat(response.getStatus()).as(body).isIn(401, 403, 404, 409, 422);
        }
    }

    /** Ids of the fixture by name, filled once per test class; {@code {name}} in a route or body stands for one. */
    public static final class Fixture {

        private final Map<String, String> ids = new LinkedHashMap<>();

        public boolean isEmpty() {
            return ids.isEmpty();
        }

        public void put(String name, String id) {
            ids.put(name, id);
        }

        public String get(String name) {
            return ids.get(name);
        }

        public Map<String, String> ids() {
            return Map.copyOf(ids);
        }

        /** The template with every {@code {name}} replaced by its id. */
        public String fill(String template) {
            if (template == null) {
                return null;
            }
            String filled = template;
            for (Map.Entry<String, String> id : ids.entrySet()) {
                filled = filled.replace("{" + id.getKey() + "}", id.getValue());
            }
            return filled;
        }
    }
}
