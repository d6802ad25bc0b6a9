package org.villagegov.gateway.instances;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.villagegov.gateway.GatewayApplication;
import org.villagegov.gateway.tenant.RealmProvisioner;
import org.villagegov.platform.test.LocalHttp;
import org.villagegov.platform.test.ServiceInstances;
import org.villagegov.platform.test.TestIssuer;
import org.villagegov.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two gateway instances sharing the registry (MongoDB) and the rate-limit buckets (Redis), reached
 * through a round-robin: a client's requests alternating between them drain one bucket, and a county
 * suspended through one is refused by the other once that one's registry snapshot is older than
 * {@code gateway.registry-cache-ttl}. Keycloak's admin API is the one part replaced, as in the other gateway tests.
 */
class TwoGatewayInstancesTests {

    private static final Duration REGISTRY_CACHE_TTL = Duration.ofSeconds(2);
    private static final int BURST = 10;

    private static HttpServer backend;
    private static ServiceInstances gateways;

    @TestConfiguration(proxyBeanMethods = false)
    static class NoKeycloakAdmin {
        /** Replaces the scanned provisioner (same type): onboarding needs no realm here. */
        @Bean
        RealmProvisioner realmProvisioner() {
            return Mockito.mock(RealmProvisioner.class);
        }
    }

    @BeforeAll
    static void startTwoInstances() throws IOException {
        backend = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        backend.createContext("/", exchange -> {
            try (exchange) {
                LocalHttp.respondJson(exchange, 200, "{\"ok\":true}");
            }
        });
        backend.start();
        String services = "http://127.0.0.1:" + backend.getAddress().getPort();
        String issuer = TestIssuer.get().issuer("x");
        Map<String, Object> properties = new HashMap<>(Map.of(
                "gateway.registry-key", "test-registry-key",
                "gateway.registry-cache-ttl", REGISTRY_CACHE_TTL.toString(),
                // a county onboarded on the other instance is accepted here after at most these (by design, not at once)
                "gateway.registry-miss-reload-interval", "PT1S",
                "gateway.unknown-issuer-ttl", "PT1S",
                "gateway.database-clusters", "main,second",
                "gateway.keycloak-public-url", issuer.substring(0, issuer.length() - "/realms/x".length()),
                // a bucket refilled by one token a second: two buckets, one per instance, would let twice the burst through
                "gateway.rate-limit.replenish-rate", "1",
                "gateway.rate-limit.burst-capacity", String.valueOf(BURST)));
        for (String service : List.of("council", "grid", "points", "mediation")) {
            properties.put("services." + service + "-uri", services);
        }
        gateways = ServiceInstances.start(2, "gateway", properties, GatewayApplication.class, NoKeycloakAdmin.class);
    }

    @AfterAll
    static void stopInstances() {
        if (gateways != null) {
            gateways.close();
        }
        if (backend != null) {
            backend.stop(0);
        }
    }

    @Test
    void whenAClientsRequestsAlternateBetweenInstancesThenTheyDrainOneSharedBucket() {
        String county = onboarded();
        String client = TestTokens.forTenant(county).roles("integrator").clientId("busy-" + UUID.randomUUID()).bearer();
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < 2 * BURST; i++) {  // even requests to the first instance, odd ones to the second
            answers.add(get(gateways.uri(i % 2, "/api/v1/grid/flood"), client));
        }

        long allowed = answers.stream().filter(answer -> answer.statusCode() == 200).count();
        // one bucket: the burst and what a second of refill adds while these run; a bucket per instance would allow all
        assertThat(allowed).as("requests let through of %d", answers.size()).isLessThan(2L * BURST);
        assertThat(answers).allMatch(answer -> answer.statusCode() == 200 || answer.statusCode() == 429);
        for (int instance = 0; instance < 2; instance++) {
            int of = instance;
            assertThat(IntStream.range(0, answers.size()).filter(i -> i % 2 == of).filter(i -> answers.get(i).statusCode() == 429))
                    .as("requests refused by instance %d", instance).isNotEmpty();
        }
    }

    @Test
    void whenACountyIsSuspendedThroughOneInstanceThenTheOtherRefusesItWithinTheCacheTtl() {
        String county = onboarded();
        String user = TestTokens.forTenant(county).roles("village-cadre").bearer();
        assertThat(get(gateways.uri(1, "/api/v1/points/x"), user).statusCode()).as("the other instance serves it").isEqualTo(200);

        HttpResponse<String> suspended = post(gateways.uri(0, "/api/v1/tenants/" + county + "/suspend"), operator(), "");
        assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(200);

        await().atMost(REGISTRY_CACHE_TTL.plusSeconds(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> get(gateways.uri(1, "/api/v1/points/x"), user).statusCode() == 403);
        assertThat(get(gateways.uri(1, "/api/v1/points/x"), user).body()).contains("suspended");
        assertThat(get(gateways.uri(0, "/api/v1/points/x"), user).statusCode()).as("the instance that suspended it").isEqualTo(403);
    }

    /**
     * A new county, onboarded through the first instance, once the second accepts its tokens too (the first at
     * once; the second when it looks at the registry again after a miss, {@code gateway.unknown-issuer-ttl}).
     */
    private static String onboarded() {
        String county = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        HttpResponse<String> created = post(gateways.uri(0, "/api/v1/tenants"), operator(),
                "{\"id\":\"" + county + "\",\"name\":\"Twin county\",\"province\":\"hubei\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String someoneElse = TestTokens.forTenant(county).roles("village-cadre").bearer();  // a bucket of its own
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> get(gateways.uri(1, "/api/v1/council/ping"), someoneElse).statusCode() == 200);
        return county;
    }

    private static String operator() {
        return TestTokens.forTenant("platform").roles("platform-operator").bearer();
    }

    private static HttpResponse<String> get(java.net.URI uri, String token) {
        return gateways.send(HttpRequest.newBuilder(uri).header("Authorization", token).GET().build());
    }

    private static HttpResponse<String> post(java.net.URI uri, String token, String body) {
        return gateways.send(HttpRequest.newBuilder(uri).header("Authorization", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
