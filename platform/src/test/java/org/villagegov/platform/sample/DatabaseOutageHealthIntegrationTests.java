package org.villagegov.platform.sample;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.villagegov.platform.test.TcpProxy;
import org.villagegov.platform.test.TestMongo;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Fault drill: the service reaches its database through a proxy that is cut. Readiness turns DOWN
 * (the load balancer stops sending requests) while liveness stays UP (nothing restarts the
 * process), and readiness comes back with the database.
 */
@SampleIntegrationTest
@DirtiesContext
class DatabaseOutageHealthIntegrationTests {

    static final TcpProxy proxy = TestMongo.proxy();

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void databaseThroughProxy(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> TestMongo.uriThrough(proxy));
    }

    @AfterAll
    static void closeProxy() throws Exception {
        proxy.close();
    }

    @Test
    void whenDatabaseIsUnreachableThenReadinessIsDownAndLivenessStaysUp() throws Exception {
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));

        proxy.cut();
        try {
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    mvc.perform(get("/actuator/health/readiness"))
                            .andExpect(status().isServiceUnavailable()).andExpect(jsonPath("$.status").value("DOWN")));
            mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
            mvc.perform(get("/actuator/health")).andExpect(status().isServiceUnavailable());
        } finally {
            proxy.restore();
        }

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()));
    }
}
