package org.villagegov.gateway;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.villagegov.gateway.tenant.RealmProvisioner;
import org.villagegov.platform.test.LocalHttp;
import org.villagegov.platform.test.TestIssuer;
import org.villagegov.platform.test.TestTokens;

/**
 * The gateway with its real registry (test MongoDB), real RabbitMQ and Redis, tokens from the
 * test issuer, and one stub standing in for all four services. Keycloak's admin API is the
 * one part replaced here (the end-to-end suite uses the real Keycloak).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gateway.registry-key=test-registry-key",
        "gateway.registry-cache-ttl=1s"})
@AutoConfigureWebTestClient(timeout = "30s")
@MockitoBean(types = RealmProvisioner.class)
public abstract class GatewayTestBase {

    protected static final Map<String, String> backendSeen = new ConcurrentHashMap<>();
    private static final HttpServer backend = startBackend();

    @Autowired
    protected WebTestClient web;

    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) {
        String uri = "http://127.0.0.1:" + backend.getAddress().getPort();
        for (String service : new String[] {"council", "grid", "points", "mediation"}) {
            registry.add("services." + service + "-uri", () -> uri);
        }
        registry.add("gateway.keycloak-public-url", GatewayTestBase::issuerBase);
    }

    private static volatile boolean countiesOnboarded;

    @BeforeEach
    void countiesExist() {
        if (!countiesOnboarded) {
            onboard("daye", "hubei");
            onboard("linxian", "henan");
            countiesOnboarded = true;
        }
    }

    protected void onboard(String county, String province) {
        web.post().uri("/api/v1/tenants").header("Authorization", operator())
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", county, "name", county + " county", "province", province))
                .exchange();
    }

    protected static String operator() {
        return TestTokens.forTenant("platform").roles("platform-operator").bearer();
    }

    protected static String countyUser(String county) {
        return TestTokens.forTenant(county).roles("village-cadre").clientId("web-console").bearer();
    }

    protected static String issuerBase() {
        String issuer = TestIssuer.get().issuer("x");
        return issuer.substring(0, issuer.length() - "/realms/x".length());
    }

    private static HttpServer startBackend() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                try (exchange) {
                    String correlation = exchange.getRequestHeaders().getFirst("X-Correlation-Id");
                    backendSeen.put(exchange.getRequestURI().getPath(), correlation == null ? "" : correlation);
                    LocalHttp.respondJson(exchange, 200, "{\"ok\":true}");
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
