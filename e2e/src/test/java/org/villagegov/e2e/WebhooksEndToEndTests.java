package org.villagegov.e2e;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.villagegov.e2e.Stack.GATEWAY;

/**
 * The county's app (the demo integrator {@code county-app}) subscribes to mediation's
 * {@code case.opened} through the gateway; a grid worker's dispute report becomes a case, and the
 * case's opening arrives at a receiver on loopback, signed with the secret the subscription showed.
 */
@ExtendWith(Stack.class)
class WebhooksEndToEndTests {

    private static final String WEBHOOKS = GATEWAY + "/api/v1/mediation/webhooks";

    record Received(String id, String timestamp, String signature, String body) {
    }

    @Test
    void whenTheCountyAppSubscribesToCaseOpenedThenADisputeReportReachesItSigned() throws Exception {
        List<Received> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hooks", exchange -> {
            var headers = exchange.getRequestHeaders();
            received.add(new Received(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                    headers.getFirst("webhook-signature"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        String integrator = Http.clientToken("linxian", "county-app", Stack.demoIntegratorSecret("linxian"));
        String subscriptionId = null;
        try {
            JsonNode types = Http.get(WEBHOOKS + "/event-types", integrator).json();
            assertThat(types.get("eventTypes").toString()).contains("case.opened");
            Http.Answer created = Http.post(WEBHOOKS + "/subscriptions", integrator, Map.of(
                    "url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks",
                    "eventTypes", List.of("case.opened"), "description", "county app, end to end"));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            subscriptionId = created.json().get("id").asString();
            String secret = created.json().get("secret").asString();
            assertThat(Http.get(WEBHOOKS + "/subscriptions/" + subscriptionId, integrator).body()).doesNotContain(secret);
            assertThat(Http.get(WEBHOOKS + "/subscriptions/" + subscriptionId,
                    Http.userToken("jiyuan", "admin")).status()).isEqualTo(404);

            List<String> neighbours = List.of(DemoData.household("linxian", "Wang Fang"), DemoData.household("linxian", "Zhang Hua"));
            Http.Answer report = Http.post(GATEWAY + "/api/v1/grid/reports", Http.userToken("linxian", "grid"), Map.of(
                    "villageId", "v-huashi", "category", "DISPUTE", "householdIds", neighbours,
                    "description", "A fence moved onto the neighbours' plot"));
            assertThat(report.status()).as(report.body()).isEqualTo(201);
            String reportId = report.json().get("id").asString();
            Http.Answer accepted = Http.post(GATEWAY + "/api/v1/grid/reports/" + reportId + "/accept",
                    Http.userToken("linxian", "cadre"), "");
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);

            Received opened = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> received.stream().filter(r -> r.body().contains(reportId)).findFirst().orElse(null),
                            r -> r != null);
            assertThat(verified(secret, opened)).as("signature of %s", opened.id()).isTrue();
            JsonNode body = Http.JSON.readTree(opened.body());
            assertThat(body.get("type").asString()).isEqualTo("case.opened");
            assertThat(body.get("data").get("caseId").asString()).isEqualTo("grid-" + reportId);
            assertThat(body.get("data").get("county").asString()).isEqualTo("linxian");
            assertThat(body.get("data").get("eventId").asString()).isEqualTo(opened.id());

            String deliveries = WEBHOOKS + "/subscriptions/" + subscriptionId + "/deliveries?status=DELIVERED";
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(Http.get(deliveries, integrator).body()).contains(opened.id()));
        } finally {
            if (subscriptionId != null) {
                Http.send("DELETE", WEBHOOKS + "/subscriptions/" + subscriptionId, integrator, "");
            }
            receiver.stop(0);
        }
    }

    /** The check an integrator makes (docs/integrators.md): HMAC-SHA256 of id.timestamp.body, a recent timestamp. */
    private static boolean verified(String secret, Received request) throws Exception {
        if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(request.timestamp())) > 300) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] expected = mac.doFinal((request.id() + "." + request.timestamp() + "." + request.body())
                .getBytes(StandardCharsets.UTF_8));
        for (String signature : request.signature().split(" ")) {
            if (signature.startsWith("v1,") && MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.substring(3)))) {
                return true;
            }
        }
        return false;
    }
}
