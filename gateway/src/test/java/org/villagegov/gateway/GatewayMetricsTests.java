package org.villagegov.gateway;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway serves the metrics infra/observability's alerts and dashboard query from it: requests
 * tagged with the token's county, and the fetches of the counties' key sets from Keycloak.
 */
class GatewayMetricsTests extends GatewayTestBase {

    @Test
    void whenACountyUserCalledThroughTheGatewayThenItsRequestsAreTaggedWithTheCountyAndTheKeyFetchIsCounted() {
        web.get().uri("/api/v1/council/metrics-probe").header("Authorization", countyUser("daye")).exchange()
                .expectStatus().isOk();

        String scrape = management().get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(scrape.lines().filter(line -> line.startsWith("http_server_requests_seconds_count{")))
                .anySatisfy(line -> assertThat(line).contains("tenant=\"daye\"", "application=\"gateway\""));
        assertThat(scrape.lines().filter(line -> line.startsWith("http_server_requests_seconds_bucket{")))
                .anySatisfy(line -> assertThat(line).contains("le=\"0.1\""));
        assertThat(scrape.lines().filter(line -> line.startsWith("keycloak_jwks_fetches_total{")))
                .anySatisfy(line -> assertThat(line).contains("outcome=\"success\""))
                .anySatisfy(line -> assertThat(line).contains("outcome=\"failure\""));
    }
}
