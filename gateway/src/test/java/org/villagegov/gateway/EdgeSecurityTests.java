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
    void whenCountyTokenIsValidThenRequestReachesTheServiceInTheTraceTheAnswerNames() {
        for (String service : new String[] {"council", "grid", "points", "mediation"}) {
            String traceId = web.get().uri("/api/v1/" + service + "/ping").header("Authorization", countyUser("daye")).exchange()
                    .expectStatus().isOk()
                    .expectHeader().value("X-Trace-Id", id -> assertThat(id).matches("[0-9a-f]{32}"))
                    .returnResult(String.class).getResponseHeaders().getFirst("X-Trace-Id");
            // the service is called in the same trace, as a child of the gateway's span (W3C Trace Context)
            assertThat(backendSeen.get("/api/v1/" + service + "/ping")).matches("00-" + traceId + "-[0-9a-f]{16}-01");
        }
    }

    @Test
    void whenCallerSendsATraceparentThenTheRequestContinuesThatTrace() {
        String callers = "4bf92f3577b34da6a3ce929d0e0e4736";
        web.get().uri("/api/v1/grid/with-id").header("Authorization", countyUser("daye"))
                .header("traceparent", "00-" + callers + "-00f067aa0ba902b7-01").exchange()
                .expectHeader().valueEquals("X-Trace-Id", callers);
        assertThat(backendSeen.get("/api/v1/grid/with-id")).startsWith("00-" + callers + "-").doesNotContain("00f067aa0ba902b7");
    }

    @Test
    void whenTheRequestIsRefusedThenTheAnswerStillNamesItsTrace() {
        web.get().uri("/api/v1/grid/with-id").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().value("X-Trace-Id", id -> assertThat(id).matches("[0-9a-f]{32}"));
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

    static Stream<String> foreignClients() {
        return Stream.of(
                TestTokens.forTenant("daye").roles("county-admin").clientId("admin-cli").token(),
                TestTokens.forTenant("daye").roles("county-admin").clientId("account").token(),
                TestTokens.forTenant("daye").roles("county-admin").clientId("security-admin-console").token(),
                TestTokens.forTenant("daye").roles("village-cadre").clientId("some-other-app").token(),
                // Keycloak's own clients never count, even for a user holding the integrator role
                TestTokens.forTenant("daye").roles("county-admin", "integrator").clientId("admin-cli").token(),
                TestTokens.forTenant("platform").roles("platform-operator").clientId("admin-cli").token(),
                TestTokens.forTenant("daye").roles("county-admin").clientId(null).token());
    }

    @ParameterizedTest
    @MethodSource("foreignClients")
    void whenTokenIssuedToForeignClientThenUnauthorized(String token) {
        backendSeen.remove("/api/v1/grid/foreign");
        web.get().uri("/api/v1/grid/foreign").header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401);
        assertThat(backendSeen).doesNotContainKey("/api/v1/grid/foreign");
    }

    static Stream<String> platformClients() {
        return Stream.of(
                TestTokens.forTenant("daye").roles("village-cadre").clientId("web-console").token(),
                TestTokens.forTenant("daye").roles("service").clientId("points-service").token(),
                TestTokens.forTenant("daye").roles("service").clientId("council-service").token(),
                // integrators get any client id from the onboarding API; their role says what they are
                TestTokens.forTenant("daye").roles("integrator").clientId("hotline-system").token());
    }

    @ParameterizedTest
    @MethodSource("platformClients")
    void whenTokenIssuedToConsoleServiceAccountOrIntegratorThenForwarded(String token) {
        web.get().uri("/api/v1/grid/platform-client").header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isOk();
    }

    @Test
    void whenDemoLoginClientIsNotConfiguredThenItsTokensAreUnauthorized() {
        // the local stack's password-grant client counts only where the stack adds it (platform.security.additional-clients)
        web.get().uri("/api/v1/grid/demo").header("Authorization",
                        TestTokens.forTenant("daye").roles("county-admin").clientId("demo-login").bearer()).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void whenForgedTokensCarryUnknownKeyIdsThenTheKeySetIsFetchedAtMostOncePerInterval() {
        web.get().uri("/api/v1/grid/keys").header("Authorization", countyUser("daye")).exchange().expectStatus().isOk();
        int before = TestIssuer.get().jwksRequests();
        for (int forged = 0; forged < 20; forged++) {
            web.get().uri("/api/v1/grid/keys").header("Authorization",
                            TestTokens.forTenant("daye").roles("county-admin").unknownKeyId().bearer()).exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(TestIssuer.get().jwksRequests() - before).isLessThanOrEqualTo(1);
        web.get().uri("/api/v1/grid/keys").header("Authorization", countyUser("daye")).exchange().expectStatus().isOk();
    }

    @Test
    void whenACountyIsOnboardedAfterItsTokenWasRefusedThenItsTokensWorkAtOnce() {
        String county = "fresh" + (System.nanoTime() % 1_000_000);
        String token = TestTokens.forTenant(county).roles("county-admin").bearer();
        web.get().uri("/api/v1/grid/fresh").header("Authorization", token).exchange().expectStatus().isUnauthorized();

        onboard(county, "henan");

        web.get().uri("/api/v1/grid/fresh").header("Authorization", token).exchange().expectStatus().isOk();
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
        web.get().uri("/readyz").exchange().expectStatus().isOk();
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
