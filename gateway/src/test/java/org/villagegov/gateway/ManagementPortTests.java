package org.villagegov.gateway;

import org.junit.jupiter.api.Test;
import org.villagegov.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry and the actuator are reached on the management port only, which no Service or
 * Ingress exposes outside the namespace; the public port keeps the load balancers' probes, and the
 * management port routes nothing to the services.
 */
class ManagementPortTests extends GatewayTestBase {

    @Test
    void whenTheRegistryOrTheActuatorIsAskedOnThePublicPortThenNotFoundWhateverTheKeyOrToken() {
        web.get().uri("/internal/tenants").header("X-Registry-Key", "test-registry-key").exchange()
                .expectStatus().isNotFound();
        for (String path : new String[] {"/actuator/prometheus", "/actuator/health", "/actuator/health/readiness",
                "/actuator/info"}) {
            web.get().uri(path).exchange().expectStatus().isNotFound();
            web.get().uri(path).header("Authorization", operator()).exchange().expectStatus().isNotFound();
        }
    }

    @Test
    void whenProbedOnThePublicPortThenReadyAndLiveWithoutDetails() {
        for (String path : new String[] {"/readyz", "/livez"}) {
            web.get().uri(path).exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.status").isEqualTo("UP").jsonPath("$.components").doesNotExist();
        }
    }

    @Test
    void whenTheManagementPortIsAskedForTheApiTheConsoleOrTheDocsThenNotFoundAndNoServiceIsCalled() {
        backendSeen.clear();
        for (String path : new String[] {"/api/v1/council/notes", "/api/v1/tenants", "/", "/docs/points", "/readyz"}) {
            management().get().uri(path).header("Authorization", countyUser("daye")).exchange()
                    .expectStatus().isNotFound();
        }
        assertThat(backendSeen).isEmpty();
    }

    @Test
    void whenTheRegistryKeyIsBeingRotatedThenTheCurrentAndThePreviousKeyAreAcceptedAndNoOther() {
        for (String key : new String[] {"test-registry-key", "previous-registry-key"}) {
            registry(key)
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$[?(@.id == 'daye')].issuer").exists();
        }
        // (a header value's surrounding spaces are not part of it in HTTP)
        for (String key : new String[] {"", "test-registry-ke", "previous-registry-ke", "other"}) {
            registry(key)
                    .expectStatus().isUnauthorized();
        }
    }

    @Test
    void whenTheRegistryIsAskedWithATokenInsteadOfTheKeyThenUnauthorizedWhateverTheRoleAndNothingOfItIsShown() {
        for (String token : new String[] {
                operator(),
                TestTokens.forTenant("daye").roles("county-admin").bearer(),
                TestTokens.forTenant("linxian").roles("county-admin").bearer(),
                TestTokens.forTenant("daye").roles("village-cadre").township("t-jinhu").village("v-baisha").bearer(),
                TestTokens.forTenant("daye").roles("township-officer").township("t-jinhu").bearer(),
                TestTokens.forTenant("daye").roles("villager").bearer()}) {
            management().get().uri("/internal/tenants").header("Authorization", token).exchange()
                    .expectStatus().isUnauthorized()
                    .expectBody(String.class).value(body -> assertThat(body).doesNotContain("realms/daye"));
        }
        // nothing but the one list exists there: a path under it is refused (no route is open to it), and a
        // query is not a way around the key
        management().get().uri("/internal/tenants/daye").header("X-Registry-Key", "test-registry-key").exchange()
                .expectStatus().isUnauthorized();
        registry(null).expectStatus().isUnauthorized();
        management().get().uri("/internal/tenants?key=test-registry-key").exchange().expectStatus().isUnauthorized();
    }
}
