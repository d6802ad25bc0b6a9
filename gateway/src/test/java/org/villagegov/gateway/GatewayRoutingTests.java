package org.villagegov.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class GatewayRoutingTests {

    static final Map<String, String> seen = new ConcurrentHashMap<>();
    static final HttpServer backend = startBackend();

    @Autowired
    WebTestClient web;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        String uri = "http://127.0.0.1:" + backend.getAddress().getPort();
        for (String service : new String[] {"council", "grid", "points", "mediation"}) {
            registry.add("services." + service + "-uri", () -> uri);
        }
    }

    @AfterAll
    static void stop() {
        backend.stop(0);
    }

    @Test
    void whenServicePathIsCalledThenRequestReachesThatServiceWithACorrelationId() {
        for (String service : new String[] {"council", "grid", "points", "mediation"}) {
            web.get().uri("/api/v1/" + service + "/ping").exchange()
                    .expectStatus().isOk()
                    .expectHeader().exists("X-Correlation-Id");
            assertThat(seen.get("/api/v1/" + service + "/ping")).isNotBlank();
        }
    }

    @Test
    void whenCallerSendsACorrelationIdThenItIsKept() {
        web.get().uri("/api/v1/grid/with-id").header("X-Correlation-Id", "caller-id-1234").exchange()
                .expectHeader().valueEquals("X-Correlation-Id", "caller-id-1234");
        assertThat(seen.get("/api/v1/grid/with-id")).isEqualTo("caller-id-1234");
    }

    @Test
    void whenServiceDocsAreRequestedThenTheyAreServedUnderDocs() {
        web.get().uri("/docs/points").exchange().expectStatus().isOk();
        assertThat(seen).containsKey("/v3/api-docs");
    }

    @Test
    void whenPathIsNotRoutedThenNotFound() {
        web.get().uri("/internal/anything").exchange().expectStatus().isNotFound();
    }

    @Test
    void whenProbedThenHealthy() {
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }

    private static HttpServer startBackend() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                try (exchange) {
                    String correlation = exchange.getRequestHeaders().getFirst("X-Correlation-Id");
                    seen.put(exchange.getRequestURI().getPath(), correlation == null ? "" : correlation);
                    byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
