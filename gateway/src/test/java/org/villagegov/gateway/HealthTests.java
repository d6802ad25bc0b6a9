package org.villagegov.gateway;

import org.junit.jupiter.api.Test;

/** The addresses monitors and probes use tell the truth on a healthy gateway, and show details to operators only. */
class HealthTests extends GatewayTestBase {

    @Test
    void whenGatewayIsHealthyThenHealthReadinessAndLivenessAreUp() {
        for (String path : new String[] {"/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness"}) {
            management().get().uri(path).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.status").isEqualTo("UP").jsonPath("$.components").doesNotExist();
        }
    }

    @Test
    void whenAnOperatorAsksThenReadinessShowsTheRegistryDatabaseAndTheBroker() {
        management().get().uri("/actuator/health/readiness").header("Authorization", operator()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.components.mongo.status").isEqualTo("UP")
                .jsonPath("$.components.rabbit.status").isEqualTo("UP")
                .jsonPath("$.components.readinessState.status").isEqualTo("UP")
                .jsonPath("$.components.redis").doesNotExist();
        management().get().uri("/actuator/health").header("Authorization", operator()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.components.redis.status").isEqualTo("UP")
                .jsonPath("$.components.reactiveDiscoveryClients").doesNotExist()
                .jsonPath("$.components.discoveryComposite").doesNotExist();
        management().get().uri("/actuator/health/liveness").header("Authorization", operator()).exchange()
                .expectBody()
                .jsonPath("$.components.livenessState.status").isEqualTo("UP")
                .jsonPath("$.components.mongo").doesNotExist();
    }
}
