package org.villagegov.mediation;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

class ApiDocsIntegrationTests extends MediationTestSupport {

    @Test
    void whenApiDocsAreReadThenEveryRouteIsDescribed() throws Exception {
        JsonNode docs = json(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
        JsonNode paths = docs.get("paths");
        assertThat(paths.has("/api/v1/mediation/cases")).isTrue();
        assertThat(paths.get("/api/v1/mediation/cases/{id}/agreement").get("post").get("summary").asString())
                .contains("every party");
        assertThat(paths.has("/api/v1/mediation/mediators/{id}")).isTrue();
        assertThat(paths.has("/api/v1/mediation/rules")).isTrue();
        assertThat(paths.has("/api/v1/mediation/indicators")).isTrue();
        assertThat(paths.has("/api/v1/mediation/indicators/drift/repair")).isTrue();
        assertThat(paths.has("/api/v1/mediation/province/{county}/report")).as("the province reads the indicators").isFalse();
        assertThat(paths.has("/api/v1/mediation/overdue")).isTrue();
        assertThat(paths.has("/api/v1/mediation/risk-register")).isTrue();
    }
}
