package org.villagegov.platform.test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for the realms of an identity provider, for tests that do not start Keycloak:
 * serves each realm's JWKS and a client-credentials token endpoint on a local port, and
 * signs tokens shaped like Keycloak's ({@link TestTokens}). Issuers look like Keycloak's:
 * {@code http://127.0.0.1:<port>/realms/<tenant>}.
 */
public final class TestIssuer {

    /** The secret every test service account uses at the token endpoint. */
    public static final String CLIENT_SECRET = "test-secret";

    private static final Pattern REALM_PATH = Pattern.compile("/realms/([a-z0-9-]+)/protocol/openid-connect/(certs|token)");
    private static TestIssuer instance;

    private final HttpServer server;
    private final RSAKey signingKey;
    private final RSAKey rogueKey;
    private final AtomicInteger jwksRequests = new AtomicInteger();
    private volatile boolean down;

    private TestIssuer() throws IOException, JOSEException {
        signingKey = new RSAKeyGenerator(2048).keyID("test-signing-key").generate();
        rogueKey = new RSAKeyGenerator(2048).keyID("test-signing-key").generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4, Thread.ofPlatform().daemon().factory()));
        server.createContext("/realms/", this::handle);
        server.start();
    }

    public static synchronized TestIssuer get() {
        if (instance == null) {
            try {
                instance = new TestIssuer();
            } catch (IOException | JOSEException e) {
                throw new IllegalStateException("Could not start the test issuer", e);
            }
        }
        return instance;
    }

    public String issuer(String tenant) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/" + tenant;
    }

    public RSAKey signingKey() {
        return signingKey;
    }

    /** A key with the same key id that the JWKS does not publish: its signatures must fail. */
    public RSAKey rogueKey() {
        return rogueKey;
    }

    public int jwksRequests() {
        return jwksRequests.get();
    }

    /** Simulates the identity provider being down: every endpoint answers 503. */
    public void setDown(boolean down) {
        this.down = down;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Matcher path = REALM_PATH.matcher(exchange.getRequestURI().getPath());
            if (down || !path.matches()) {
                LocalHttp.respondJson(exchange, down ? 503 : 404, "{}");
                return;
            }
            if ("certs".equals(path.group(2))) {
                jwksRequests.incrementAndGet();
                LocalHttp.respondJson(exchange, 200, new JWKSet(signingKey.toPublicJWK()).toString());
            } else {
                token(exchange, path.group(1));
            }
        }
    }

    private void token(HttpExchange exchange, String tenant) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (!"client_credentials".equals(form.get("grant_type")) || !CLIENT_SECRET.equals(form.get("client_secret"))) {
            LocalHttp.respondJson(exchange, 401, "{\"error\":\"unauthorized_client\"}");
            return;
        }
        String clientId = form.get("client_id");
        String token = TestTokens.forTenant(tenant).subject("service-account-" + clientId).username("service-account-" + clientId)
                .clientId(clientId).roles(List.of("service")).token();
        LocalHttp.respondJson(exchange, 200, "{\"access_token\":\"" + token + "\",\"expires_in\":300,\"token_type\":\"Bearer\"}");
    }

    private static Map<String, String> form(String body) {
        Map<String, String> values = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

}
