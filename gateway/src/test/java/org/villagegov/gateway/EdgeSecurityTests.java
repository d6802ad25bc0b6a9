package org.villagegov.gateway;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.villagegov.platform.test.TestIssuer;
import org.villagegov.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

class EdgeSecurityTests extends GatewayTestBase {

    @Test
    void whenCountyTokenIsValidThenRequestReachesTheServiceWithACorrelationId() {
        for (String service : new String[] {"council", "grid", "points", "mediation"}) {
            web.get().uri("/api/v1/" + service + "/ping").header("Authorization", countyUser("daye")).exchange()
                    .expectStatus().isOk()
                    .expectHeader().exists("X-Correlation-Id");
            assertThat(backendSeen.get("/api/v1/" + service + "/ping")).isNotBlank();
        }
    }

    @Test
    void whenCallerSendsACorrelationIdThenItIsKept() {
        web.get().uri("/api/v1/grid/with-id").header("Authorization", countyUser("daye"))
                .header("X-Correlation-Id", "caller-id-1234").exchange()
                .expectHeader().valueEquals("X-Correlation-Id", "caller-id-1234");
        assertThat(backendSeen.get("/api/v1/grid/with-id")).isEqualTo("caller-id-1234");
    }

    static Stream<String> refused() {
        return Stream.of(
                TestTokens.forTenant("daye").roles("county-admin").expired().token(),
                TestTokens.forTenant("atlantis").roles("county-admin").token(),
                TestTokens.forTenant("daye").issuer(TestIssuer.get().issuer("daye") + "/").token(),
                TestTokens.forTenant("daye").signedWithRogueKey().token(),
                TestTokens.forTenant("daye").unsignedToken(),
                TestTokens.forTenant("daye").hs256WithPublicKey(),
                "not-a-token");
    }

    @ParameterizedTest
    @MethodSource("refused")
    void whenTokenIsInvalidOrFromAnUnknownIssuerThenUnauthorizedProblem(String token) {
        backendSeen.remove("/api/v1/points/refused");
        web.get().uri("/api/v1/points/refused").header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(backendSeen).doesNotContainKey("/api/v1/points/refused");
    }

    @Test
    void whenNoTokenThenUnauthorizedAndTheServiceIsNeverCalled() {
        web.post().uri("/api/v1/mediation/cases").exchange().expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer");
        assertThat(backendSeen).doesNotContainKey("/api/v1/mediation/cases");
    }

    @Test
    void whenPathIsNotRoutedThenDenied() {
        web.get().uri("/internal/anything").header("Authorization", countyUser("daye")).exchange()
                .expectStatus().is4xxClientError();
    }

    @Test
    void whenAServiceToServiceLookupIsCalledFromOutsideThenForbiddenAndTheServiceIsNeverCalled() {
        web.get().uri("/api/v1/grid/lookup/households/h-1").header("Authorization", countyUser("daye")).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(backendSeen).doesNotContainKey("/api/v1/grid/lookup/households/h-1");
    }

    @Test
    void whenDocsOrProbesAreRequestedThenNoTokenIsNeeded() {
        web.get().uri("/docs/points").exchange().expectStatus().isOk();
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }

    @Test
    void whenBodyIsTooLargeThenRefusedAtTheEdge() {
        web.post().uri("/api/v1/grid/households").header("Authorization", countyUser("daye"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("x".repeat(2 * 1024 * 1024)).exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(413);
    }
}
