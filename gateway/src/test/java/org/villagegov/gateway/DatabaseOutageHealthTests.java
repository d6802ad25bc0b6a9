package org.villagegov.gateway;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.villagegov.platform.test.TcpProxy;
import org.villagegov.platform.test.TestMongo;

import static org.awaitility.Awaitility.await;

/**
 * Fault drill: the gateway reaches its registry database through a proxy that is cut. Readiness
 * turns DOWN while liveness stays UP, and readiness comes back with the database.
 */
@DirtiesContext
class DatabaseOutageHealthTests extends GatewayTestBase {

    static final TcpProxy proxy = TestMongo.proxy();

    @DynamicPropertySource
    static void databaseThroughProxy(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> TestMongo.uriThrough(proxy));
    }

    @AfterAll
    static void closeProxy() throws Exception {
        proxy.close();
    }

    @Test
    void whenDatabaseIsUnreachableThenReadinessIsDownAndLivenessStaysUp() {
        management().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();

        proxy.cut();
        try {
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    management().get().uri("/actuator/health/readiness").exchange()
                            .expectStatus().isEqualTo(503).expectBody().jsonPath("$.status").isEqualTo("DOWN"));
            management().get().uri("/actuator/health/liveness").exchange()
                    .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        } finally {
            proxy.restore();
        }

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                management().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk());
    }
}
