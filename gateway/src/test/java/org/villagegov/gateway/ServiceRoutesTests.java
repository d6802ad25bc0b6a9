package org.villagegov.gateway;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every service behind the gateway gets its API route (with its path kept as it is) and its
 * API-docs route, and the Swagger UI lists each service's document once.
 */
class ServiceRoutesTests extends GatewayTestBase {

    @Test
    void whenEachServicesApiIsCalledThenItReachesTheServiceWithItsPathUnchanged() {
        for (String service : new String[] {"council", "grid", "points", "mediation"}) {
            String path = "/api/v1/" + service + "/route-check";
            web.get().uri(path).header("Authorization", countyUser("daye")).exchange().expectStatus().isOk();
            assertThat(backendSeen).containsKey(path);
        }
    }

    @Test
    void whenEachServicesDocsAreAskedThenTheServicesApiDocsAnswer() {
        for (String service : new String[] {"council", "grid", "points", "mediation"}) {
            backendSeen.remove("/v3/api-docs");
            web.get().uri("/docs/" + service).exchange().expectStatus().isOk();
            assertThat(backendSeen).containsKey("/v3/api-docs");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void whenTheSwaggerUiAsksForItsConfigurationThenEveryServicesDocumentAndTheGatewaysOwnAreListed() {
        web.get().uri("/v3/api-docs/swagger-config").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls.length()").isEqualTo(5)
                .jsonPath("$.urls[*].name").value(names -> assertThat((List<Object>) names)
                        .containsExactlyInAnyOrder("council", "grid", "points", "mediation", "analytics"))
                .jsonPath("$.urls[*].url").value(urls -> assertThat((List<Object>) urls)
                        .containsExactlyInAnyOrder("/docs/council", "/docs/grid", "/docs/points", "/docs/mediation",
                                "/v3/api-docs/analytics"))
                .jsonPath("$.urls[?(@.name == 'grid')].url").isEqualTo("/docs/grid");
    }
}
