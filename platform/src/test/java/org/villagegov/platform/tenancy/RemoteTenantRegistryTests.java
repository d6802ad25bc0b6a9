package org.villagegov.platform.tenancy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

class RemoteTenantRegistryTests {

    private static final String DAYE = """
            {"id":"daye","issuer":"http://kc/realms/daye","province":"hubei","status":"ACTIVE","extra":"ignored"}""";
    private static final String LINXIAN = """
            {"id":"linxian","issuer":"http://kc/realms/linxian","province":"henan","status":"SUSPENDED","cluster":"second"}""";

    private HttpServer server;
    private final AtomicReference<String> body = new AtomicReference<>("[" + DAYE + "]");
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicReference<String> key = new AtomicReference<>();
    private RemoteTenantRegistry registry;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/internal/tenants", exchange -> {
            requests.incrementAndGet();
            key.set(exchange.getRequestHeaders().getFirst("X-Registry-Key"));
            byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status.get(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        RestClient client = RestClient.builder()
                .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/internal/tenants")
                .defaultHeader("X-Registry-Key", "s3cret")
                .build();
        registry = new RemoteTenantRegistry(client, Duration.ofMinutes(5), Duration.ZERO, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void whenIssuerIsKnownThenTenantIsFoundByExactIssuerOnly() {
        assertThat(registry.byIssuer("http://kc/realms/daye")).map(Tenant::id).contains("daye");
        assertThat(registry.byIssuer("http://kc/realms/daye/")).isEmpty();
        assertThat(registry.byIssuer("http://kc/realms/day")).isEmpty();
        assertThat(key.get()).isEqualTo("s3cret");
    }

    @Test
    void whenTheRegistryNamesACountysDatabaseClusterThenItIsKeptAndWithoutOneItIsTheMainCluster() {
        body.set("[" + DAYE + "," + LINXIAN + "]");
        assertThat(registry.byId("linxian")).map(Tenant::cluster).contains("second");
        assertThat(registry.byId("daye")).map(Tenant::cluster).contains(Tenant.MAIN_CLUSTER);
    }

    @Test
    void whenNewTenantIsOnboardedThenAMissRefreshesWithoutRestart() {
        assertThat(registry.byId("linxian")).isEmpty();
        body.set("[" + DAYE + "," + LINXIAN + "]");

        assertThat(registry.byId("linxian")).map(Tenant::status).contains(Tenant.Status.SUSPENDED);
        assertThat(registry.activeCounties()).extracting(Tenant::id).containsExactly("daye");
    }

    @Test
    void whenRegistryIsDownThenLastKnownTenantsKeepServing() {
        assertThat(registry.byId("daye")).isPresent();
        status.set(503);
        registry.refresh();

        assertThat(registry.byId("daye")).isPresent();
    }

    @Test
    void whenSnapshotIsFreshThenHitsDoNotCallTheRegistry() {
        registry.byId("daye");
        int calls = requests.get();
        registry.byId("daye");
        registry.byIssuer("http://kc/realms/daye");

        assertThat(requests.get()).isEqualTo(calls);
    }
}
