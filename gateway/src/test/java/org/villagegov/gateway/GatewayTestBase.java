package org.villagegov.gateway;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
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
        // a registry key rotation in progress (ManagementPortTests)
        "gateway.previous-registry-key=previous-registry-key",
        "gateway.registry-cache-ttl=1s",
        "gateway.database-clusters=main,second"})
@AutoConfigureWebTestClient(timeout = "30s")
@MockitoBean(types = RealmProvisioner.class)
@ExtendWith(ThreadDumpOnTimeout.class)
public abstract class GatewayTestBase {

    protected static final Map<String, String> backendSeen = new ConcurrentHashMap<>();
    /** What the stub answers on a path (else {"ok":true}); a test sets and removes its own paths. */
    protected static final Map<String, Stubbed> backendAnswers = new ConcurrentHashMap<>();
    /** The Authorization header and the query of the last request on each path ("" when absent). */
    protected static final Map<String, String> backendAuthorization = new ConcurrentHashMap<>();
    protected static final Map<String, String> backendQuery = new ConcurrentHashMap<>();
    private static final HttpServer backend = startBackend();

    @Autowired
    protected WebTestClient web;

    @LocalManagementPort
    protected int managementPort;

    /** The management port (actuator, /internal/tenants), which the tests' random server port does not serve. */
    protected WebTestClient management() {
        // a mutated client would keep the server port's address
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + managementPort)
                .responseTimeout(java.time.Duration.ofSeconds(30)).build();
    }

    /** The registry of counties as the services read it, on the management port, with {@code key} (none when null). */
    protected WebTestClient.ResponseSpec registry(String key) {
        return management().get().uri("/internal/tenants")
                .headers(headers -> { if (key != null) headers.set("X-Registry-Key", key); })
                .exchange();
    }

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

    /** A canned answer of the service stub. */
    protected record Stubbed(int status, String contentType, String body) {

        public static Stubbed json(String body) {
            return new Stubbed(200, "application/json", body);
        }

        public static Stubbed problem(int status, String body) {
            return new Stubbed(status, "application/problem+json", body);
        }
    }

    private static HttpServer startBackend() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                try (exchange) {
                    String traceparent = exchange.getRequestHeaders().getFirst("traceparent");
                    String path = exchange.getRequestURI().getPath();
                    backendSeen.put(path, traceparent == null ? "" : traceparent);
                    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
                    backendAuthorization.put(path, authorization == null ? "" : authorization);
                    String query = exchange.getRequestURI().getRawQuery();
                    backendQuery.put(path, query == null ? "" : query);
                    Stubbed answer = backendAnswers.get(path);
                    if (answer == null) {
                        LocalHttp.respondJson(exchange, 200, "{\"ok\":true}");
                    } else {
                        byte[] body = answer.body().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
                        exchange.sendResponseHeaders(answer.status(), body.length);
                        exchange.getResponseBody().write(body);
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
