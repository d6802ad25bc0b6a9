package org.villagegov.platform.tenancy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.web.client.RestClient;
import org.villagegov.platform.test.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

class TenantRegistryHealthTests {

    private static final String TENANTS = """
            [{"id":"daye","issuer":"http://kc/realms/daye","province":"hubei","status":"ACTIVE"},
             {"id":"linxian","issuer":"http://kc/realms/linxian","province":"henan","status":"SUSPENDED"}]""";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
    private final AtomicInteger status = new AtomicInteger(200);
    private HttpServer gateway;
    private TenantRegistryHealth health;

    @BeforeEach
    void start() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/internal/tenants", exchange -> {
            byte[] bytes = TENANTS.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status.get(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        gateway.start();
        RestClient client = RestClient.create("http://127.0.0.1:" + gateway.getAddress().getPort() + "/internal/tenants");
        RemoteTenantRegistry registry = new RemoteTenantRegistry(client, Duration.ofSeconds(30), Duration.ofSeconds(2), clock);
        health = new TenantRegistryHealth(registry, Duration.ofMinutes(2), clock);
    }

    @AfterEach
    void stop() {
        gateway.stop(0);
    }

    @Test
    void whenGatewayAnswersThenUpWithTheNumberOfActiveCountiesOnly() {
        Health result = health.health();

        assertThat(result.getStatus()).isEqualTo(Status.UP);
        assertThat(result.getDetails()).containsEntry("activeCounties", 1).containsEntry("source", "gateway")
                .containsOnlyKeys("activeCounties", "source", "loadedAt");
    }

    @Test
    void whenGatewayHasNeverAnsweredThenDown() {
        status.set(503);

        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void whenGatewayStopsAnsweringThenUpWhileTheLastListIsRecentAndDownAfterwards() {
        health.health();
        status.set(503);

        clock.advance(Duration.ofSeconds(90));
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);

        clock.advance(Duration.ofSeconds(60));
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);

        status.set(200);
        clock.advance(Duration.ofSeconds(3));
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void whenNoProbeCameForLongThenTheProbeItselfReadsTheRegistryAgain() {
        health.health();
        clock.advance(Duration.ofMinutes(10));

        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void whenCountiesAreConfiguredThenUp() {
        TenantRegistry configured = new StaticTenantRegistry(List.of(new Tenant("daye", "http://kc/realms/daye", "hubei", Tenant.Status.ACTIVE, null)));

        Health result = new TenantRegistryHealth(configured, Duration.ofMinutes(2), clock).health();

        assertThat(result.getStatus()).isEqualTo(Status.UP);
        assertThat(result.getDetails()).containsEntry("source", "configured").containsEntry("activeCounties", 1);
    }
}
