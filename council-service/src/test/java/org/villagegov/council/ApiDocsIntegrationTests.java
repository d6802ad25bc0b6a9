package org.villagegov.council;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The OpenAPI document describes every feature's routes, so the gateway's combined docs show them. */
class ApiDocsIntegrationTests extends CouncilTestSupport {

    @Test
    void whenApiDocsAreReadThenEveryFeatureIsDescribed() throws Exception {
        JsonNode docs = json(mvc.perform(get("/v3/api-docs"))
                .andReturn().getResponse().getContentAsString());
        List<String> paths = docs.get("paths").propertyNames().stream().toList();
        assertThat(paths).contains("/api/v1/council/matters", "/api/v1/council/matters/{id}/representatives",
                "/api/v1/council/councils/{id}/terms", "/api/v1/council/elections/{id}/ballots",
                "/api/v1/council/elections/{id}/close", "/api/v1/council/households/{householdId}/head",
                "/api/v1/council/suggestions/overdue", "/api/v1/council/bench-meetings",
                "/api/v1/council/three-person-groups/{groupId}", "/api/v1/council/notices",
                "/api/v1/council/regulations/{id}/adoption", "/api/v1/council/evaluations/{year}/ranking",
                "/api/v1/council/report", "/api/v1/council/indicators", "/api/v1/council/indicators/drift",
                "/api/v1/council/indicators/drift/repair");
        assertThat(paths).as("the province reads the indicators, no longer a report of its own")
                .noneMatch(path -> path.startsWith("/api/v1/council/province"));
        assertThat(docs.get("paths").get("/api/v1/council/elections/{id}/ballots").get("post").get("summary").asString())
                .contains("a second ballot is 409");
        assertThat(docs.get("tags").findValuesAsString("name")).contains("Matters", "Elections", "Suggestions",
                "Disclosure board", "Regulations", "Evaluations", "Councils", "Three-person groups", "Reports", "Indicators");
    }
}
