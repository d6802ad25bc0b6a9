package org.villagegov.platform.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.villagegov.platform.sample.SampleApplication;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;
import static org.villagegov.platform.test.TestTenants.LINXIAN;

/** Webhooks of the sample service's events, delivered to receivers on loopback that check every signature. */
@SpringBootTest(classes = SampleApplication.class)
@AutoConfigureMockMvc
class WebhookIntegrationTests {

    static final String PREFIX = "/api/v1/sample/webhooks";
    static final String TOWNSHIP = "t-jinhu";
    static final String VILLAGE = "v-baisha";

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    JsonMapper json;

    Receiver receiver;

    static String admin(String county) {
        return TestTokens.forTenant(county).subject("admin-" + county).username("admin").roles("county-admin").bearer();
    }

    static String integrator(String county) {
        return TestTokens.forTenant(county).subject("svc-county-app").clientId("county-app").roles("integrator").bearer();
    }

    @BeforeEach
    void receiver() throws Exception {
        receiver = new Receiver();
    }

    @AfterEach
    void cleanUp() {
        receiver.close();
        for (String county : List.of(DAYE, LINXIAN)) {
            TenantContext.run(county, () -> {
                mongo.remove(new Query(), WebhookSubscription.class);
                mongo.remove(new Query(), WebhookDelivery.class);
            });
        }
    }

    @Test
    void whenANoteIsCreatedThenExactlyOneSignedDeliveryArrives() throws Exception {
        JsonNode subscription = subscribe(admin(DAYE), receiver.url(), "note.created");
        String secret = subscription.get("secret").asString();
        assertThat(secret).startsWith("whsec_");
        assertThat(java.util.Base64.getDecoder().decode(secret.substring(6)).length).isGreaterThanOrEqualTo(24);
        String id = subscription.get("id").asString();
        mvc.perform(get(PREFIX + "/subscriptions/" + id).header("Authorization", integrator(DAYE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.secret").doesNotExist())
                .andExpect(jsonPath("$.status").value("ACTIVE"));

        String noteId = "note-" + UUID.randomUUID();
        mvc.perform(post("/api/v1/sample/notes").header("Authorization", TestTokens.forTenant(DAYE).roles("village-cadre")
                                .township(TOWNSHIP).village(VILLAGE).bearer())
                        .contentType("application/json")
                        .content("{\"id\":\"%s\",\"township\":\"%s\",\"village\":\"%s\",\"text\":\"hello\",\"kind\":\"NOTICE\"}"
                                .formatted(noteId, TOWNSHIP, VILLAGE)))
                .andExpect(status().isCreated());

        await().atMost(Duration.ofSeconds(15)).until(() -> receiver.accepted().size() == 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> receiver.requests.size() == 1);
        Receiver.Received received = receiver.accepted().getFirst();
        assertThat(received.signedWith(secret)).isTrue();
        assertThat(received.contentType()).isEqualTo("application/json");
        assertThat(Long.parseLong(received.timestamp())).isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(30L));
        JsonNode body = json.readTree(received.body());
        assertThat(body.get("type").asString()).isEqualTo("note.created");
        assertThat(body.get("data").get("noteId").asString()).isEqualTo(noteId);
        assertThat(body.get("data").get("county").asString()).isEqualTo(DAYE);
        assertThat(body.get("data").get("eventId").asString()).isEqualTo(received.id());

        mvc.perform(get(PREFIX + "/subscriptions/" + id + "/deliveries").header("Authorization", admin(DAYE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].eventId").value(received.id()))
                .andExpect(jsonPath("$.items[0].eventType").value("note.created"))
                .andExpect(jsonPath("$.items[0].status").value("DELIVERED"))
                .andExpect(jsonPath("$.items[0].attempts").value(1))
                .andExpect(jsonPath("$.items[0].lastResponseStatus").value(204));
    }

    @Test
    void whenTheSameEventArrivesTwiceOrOfAnotherTypeThenOnlyOneDeliveryOfTheSubscribedType() throws Exception {
        String secret = subscribe(integrator(DAYE), receiver.url(), "note.created").get("secret").asString();
        String eventId = UUID.randomUUID().toString();
        publish(eventId, "note.created", DAYE);
        publish(eventId, "note.created", DAYE);
        publish(UUID.randomUUID().toString(), "note.archived", DAYE);

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.accepted().size() == 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> receiver.requests.size() == 1);
        assertThat(receiver.accepted().getFirst().id()).isEqualTo(eventId);
        assertThat(receiver.accepted().getFirst().signedWith(secret)).isTrue();
    }

    @Test
    void whenTheReceiverFailsThenRecoversThenTheDeliveryIsRetriedAndDelivered() throws Exception {
        String id = subscribe(admin(DAYE), receiver.url(), "note.created").get("id").asString();
        receiver.failNext.set(2);
        String eventId = UUID.randomUUID().toString();
        publish(eventId, "note.created", DAYE);

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.accepted().size() == 1);
        assertThat(receiver.requests).hasSize(3).allMatch(r -> r.id().equals(eventId));
        mvc.perform(get(PREFIX + "/subscriptions/" + id + "/deliveries?status=DELIVERED").header("Authorization", admin(DAYE)))
                .andExpect(jsonPath("$.items[0].attempts").value(3))
                .andExpect(jsonPath("$.items[0].status").value("DELIVERED"));
    }

    @Test
    void whenEveryAttemptFailsThenTheDeliveryIsParkedAndARedeliveryDeliversIt() throws Exception {
        String id = subscribe(admin(DAYE), receiver.url(), "note.created").get("id").asString();
        receiver.failAll = true;
        String eventId = UUID.randomUUID().toString();
        publish(eventId, "note.created", DAYE);

        String deliveries = PREFIX + "/subscriptions/" + id + "/deliveries";
        await().atMost(Duration.ofSeconds(10)).until(() -> page(admin(DAYE), deliveries + "?status=PARKED").get("totalItems").asInt() == 1);
        JsonNode parked = page(admin(DAYE), deliveries + "?status=PARKED").get("items").get(0);
        assertThat(parked.get("attempts").asInt()).isEqualTo(3);
        assertThat(parked.get("lastResponseStatus").asInt()).isEqualTo(500);
        assertThat(parked.get("lastError").asString()).isEqualTo("HTTP 500");
        assertThat(receiver.requests).hasSize(3);
        assertThat(page(admin(DAYE), deliveries + "?status=PENDING").get("totalItems").asInt()).isZero();

        receiver.failAll = false;
        mvc.perform(post(deliveries + "/" + parked.get("id").asString() + "/redeliver").header("Authorization", integrator(DAYE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING"));
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.accepted().size() == 1);
        assertThat(receiver.accepted().getFirst().id()).isEqualTo(eventId);
        await().atMost(Duration.ofSeconds(5)).until(() ->
                page(admin(DAYE), deliveries + "?status=DELIVERED").get("items").path(0).path("attempts").asInt() == 4);

        // a delivered one may go out again too; an unknown one is 404
        mvc.perform(post(deliveries + "/" + parked.get("id").asString() + "/redeliver").header("Authorization", admin(DAYE)))
                .andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.accepted().size() == 2);
        mvc.perform(post(deliveries + "/nope/redeliver").header("Authorization", admin(DAYE)))
                .andExpect(status().isNotFound());
    }

    @Test
    void whenPausedThenNothingIsSentAndWhenResumedTheWaitingDeliveryGoesOut() throws Exception {
        String id = subscribe(admin(DAYE), receiver.url(), "note.created").get("id").asString();
        mvc.perform(post(PREFIX + "/subscriptions/" + id + "/pause").header("Authorization", admin(DAYE)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PAUSED"));
        String eventId = UUID.randomUUID().toString();
        publish(eventId, "note.created", DAYE);

        String deliveries = PREFIX + "/subscriptions/" + id + "/deliveries?status=PENDING";
        await().atMost(Duration.ofSeconds(10)).until(() -> page(admin(DAYE), deliveries).get("totalItems").asInt() == 1);
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(() -> receiver.requests.isEmpty());

        mvc.perform(post(PREFIX + "/subscriptions/" + id + "/resume").header("Authorization", admin(DAYE)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACTIVE"));
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.accepted().size() == 1);
        assertThat(receiver.accepted().getFirst().id()).isEqualTo(eventId);
    }

    @Test
    void whenTheSecretIsRotatedThenDeliveriesCarryBothSignaturesDuringTheGracePeriod() throws Exception {
        JsonNode created = subscribe(admin(DAYE), receiver.url(), "note.created");
        String id = created.get("id").asString();
        String oldSecret = created.get("secret").asString();

        MvcResult result = mvc.perform(post(PREFIX + "/subscriptions/" + id + "/secret").header("Authorization", integrator(DAYE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.previousSecretValidUntil").exists())
                .andReturn();
        String newSecret = json.readTree(result.getResponse().getContentAsString()).get("secret").asString();
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(oldSecret);
        publish(UUID.randomUUID().toString(), "note.created", DAYE);

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.accepted().size() == 1);
        Receiver.Received received = receiver.accepted().getFirst();
        assertThat(received.signature().split(" ")).hasSize(2);
        assertThat(received.signedWith(newSecret)).isTrue();
        assertThat(received.signedWith(oldSecret)).isTrue();
        assertThat(received.signedWith("whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]))).isFalse();
        String stored = TenantContext.call(DAYE, () -> mongo.findById(id, org.bson.Document.class, "webhook_subscriptions")).toJson();
        assertThat(stored).doesNotContain(newSecret.substring(6)).doesNotContain(oldSecret.substring(6));
    }

    @Test
    void whenAnotherCountySubscribesThenItNeverReceivesThisCountysEvents() throws Exception {
        try (Receiver other = new Receiver()) {
            subscribe(admin(DAYE), receiver.url(), "note.created");
            subscribe(admin(LINXIAN), other.url(), "note.created");
            String dayeEvent = UUID.randomUUID().toString();
            String linxianEvent = UUID.randomUUID().toString();
            publish(dayeEvent, "note.created", DAYE);
            publish(linxianEvent, "note.created", LINXIAN);
            // a message routed to one county that names another in its envelope reaches neither
            String forged = UUID.randomUUID().toString();
            rabbit.send("sample.events", "note.created", message(forged, "note.created", LINXIAN, DAYE));

            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.accepted().size() == 1 && other.accepted().size() == 1);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                    .until(() -> receiver.requests.size() == 1 && other.requests.size() == 1);
            assertThat(receiver.accepted().getFirst().id()).isEqualTo(dayeEvent);
            assertThat(json.readTree(receiver.accepted().getFirst().body()).get("data").get("county").asString()).isEqualTo(DAYE);
            assertThat(other.accepted().getFirst().id()).isEqualTo(linxianEvent);
            assertThat(json.readTree(other.accepted().getFirst().body()).get("data").get("county").asString()).isEqualTo(LINXIAN);
        }
    }

    @Test
    void whenTheInputIsBadThenProblemsNameTheField() throws Exception {
        create(admin(DAYE), "{\"url\":\"%s\",\"eventTypes\":[\"note.created\",\"household.registered\"]}".formatted(receiver.url()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("eventTypes[1]"));
        create(admin(DAYE), "{\"url\":\"ftp://127.0.0.1/x\",\"eventTypes\":[\"note.created\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("url"));
        create(admin(DAYE), "{\"eventTypes\":[\"note.created\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("url"));
        create(admin(DAYE), "{\"url\":\"%s\",\"eventTypes\":[]}".formatted(receiver.url()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("eventTypes"));
        create(admin(DAYE), "{\"url\":\"%s\",\"eventTypes\":[\"note.created\"],\"description\":\"%s\"}"
                .formatted(receiver.url(), "x".repeat(201)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("description"));
        create(admin(DAYE), "{\"url\":\"https://%s.example/h\",\"eventTypes\":[\"note.created\"]}".formatted("a".repeat(2048)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("url"));
        mvc.perform(get(PREFIX + "/subscriptions/nope/deliveries?status=LOST").header("Authorization", admin(DAYE)))
                .andExpect(status().isBadRequest());
        assertThat(TenantContext.call(DAYE, () -> mongo.count(new Query(), WebhookSubscription.class))).isZero();
    }

    @Test
    void whenCreatedWithAnIdempotencyKeyTwiceThenOneSubscriptionAndTheReplayHidesTheSecret() throws Exception {
        String body = "{\"url\":\"%s\",\"eventTypes\":[\"note.created\"],\"description\":\"county app\"}".formatted(receiver.url());
        String key = UUID.randomUUID().toString();
        MvcResult first = mvc.perform(post(PREFIX + "/subscriptions").header("Authorization", integrator(DAYE))
                        .header("Idempotency-Key", key).contentType("application/json").content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.secret").exists()).andReturn();
        String id = json.readTree(first.getResponse().getContentAsString()).get("id").asString();
        mvc.perform(post(PREFIX + "/subscriptions").header("Authorization", integrator(DAYE))
                        .header("Idempotency-Key", key).contentType("application/json").content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.secret").doesNotExist());
        assertThat(TenantContext.call(DAYE, () -> mongo.count(new Query(), WebhookSubscription.class))).isEqualTo(1);
        String stored = TenantContext.call(DAYE, () -> mongo.findAll(org.bson.Document.class, "idempotent_requests")).toString();
        String secret = json.readTree(first.getResponse().getContentAsString()).get("secret").asString();
        assertThat(stored).doesNotContain(secret.substring(6));
    }

    @Test
    void whenListedThenPagedAndWhenDeletedThenGoneWithItsLog() throws Exception {
        subscribe(admin(DAYE), receiver.url(), "note.created");
        String id = subscribe(admin(DAYE), receiver.url(), "note.archived").get("id").asString();
        mvc.perform(get(PREFIX + "/subscriptions?size=1").header("Authorization", integrator(DAYE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(2))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].secret").doesNotExist());
        mvc.perform(get(PREFIX + "/event-types").header("Authorization", integrator(DAYE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eventTypes[0]").value("note.created"));
        mvc.perform(delete(PREFIX + "/subscriptions/" + id).header("Authorization", admin(DAYE)))
                .andExpect(status().isNoContent());
        mvc.perform(get(PREFIX + "/subscriptions/" + id).header("Authorization", admin(DAYE)))
                .andExpect(status().isNotFound());
        assertThat(TenantContext.call(DAYE, () -> mongo.findAll(org.bson.Document.class, "audit_log")).stream()
                .anyMatch(entry -> ("/api/v1/sample/webhooks/subscriptions/" + id).equals(entry.getString("target"))
                        && "DELETE".equals(entry.getString("action")))).isTrue();
    }

    @Test
    void whenNeitherAdminNorIntegratorOfTheCountyThenRefusedAndNothingWritten() throws Exception {
        String id = subscribe(admin(DAYE), receiver.url(), "note.created").get("id").asString();
        String delivery = WebhookDelivery.idOf(id, "e1");
        List<String> refused = List.of(
                TestTokens.forTenant(DAYE).roles("village-cadre").township(TOWNSHIP).village(VILLAGE).bearer(),
                TestTokens.forTenant(DAYE).roles("township-officer").township(TOWNSHIP).bearer(),
                TestTokens.forTenant(DAYE).roles("villager").township(TOWNSHIP).village(VILLAGE).bearer(),
                TestTokens.forTenant(DAYE).roles("mediator").bearer());
        String createBody = "{\"url\":\"%s\",\"eventTypes\":[\"note.created\"]}".formatted(receiver.url());
        String base = PREFIX + "/subscriptions";
        for (String token : refused) {
            for (var request : List.of(get(PREFIX + "/event-types"), get(base), get(base + "/" + id),
                    post(base).contentType("application/json").content(createBody), post(base + "/" + id + "/pause"),
                    post(base + "/" + id + "/resume"), post(base + "/" + id + "/secret"), delete(base + "/" + id),
                    get(base + "/" + id + "/deliveries"), post(base + "/" + id + "/deliveries/" + delivery + "/redeliver"))) {
                mvc.perform(request.header("Authorization", token)).andExpect(status().isForbidden());
            }
        }
        for (var request : List.of(get(base), post(base).contentType("application/json").content(createBody),
                post(base + "/" + id + "/pause"), delete(base + "/" + id))) {
            mvc.perform(request).andExpect(status().isUnauthorized());
        }
        // another county's admin and integrator: the subscription does not exist for them
        for (String token : List.of(admin(LINXIAN), integrator(LINXIAN))) {
            for (var request : List.of(get(base + "/" + id), post(base + "/" + id + "/pause"), post(base + "/" + id + "/secret"),
                    delete(base + "/" + id), get(base + "/" + id + "/deliveries"))) {
                mvc.perform(request.header("Authorization", token)).andExpect(status().isNotFound());
            }
            mvc.perform(get(base).header("Authorization", token)).andExpect(jsonPath("$.totalItems").value(0));
        }
        JsonNode unchanged = json.readTree(mvc.perform(get(base + "/" + id).header("Authorization", admin(DAYE)))
                .andReturn().getResponse().getContentAsString());
        assertThat(unchanged.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(unchanged.get("secretRotatedAt").isNull()).isTrue();
        assertThat(TenantContext.call(DAYE, () -> mongo.count(new Query(), WebhookSubscription.class))).isEqualTo(1);
        assertThat(TenantContext.call(LINXIAN, () -> mongo.count(new Query(), WebhookSubscription.class))).isZero();
    }

    private JsonNode subscribe(String token, String url, String... types) throws Exception {
        String body = json.writeValueAsString(java.util.Map.of("url", url, "eventTypes", List.of(types),
                "description", "test receiver"));
        MvcResult result = create(token, body).andExpect(status().isCreated()).andReturn();
        return json.readTree(result.getResponse().getContentAsString());
    }

    private org.springframework.test.web.servlet.ResultActions create(String token, String body) throws Exception {
        return mvc.perform(post(PREFIX + "/subscriptions").header("Authorization", token)
                .contentType("application/json").content(body));
    }

    private JsonNode page(String token, String path) throws Exception {
        return json.readTree(mvc.perform(get(path).header("Authorization", token)).andReturn().getResponse().getContentAsString());
    }

    private void publish(String eventId, String type, String county) {
        rabbit.send("sample.events", type, message(eventId, type, county, county));
    }

    static Message message(String eventId, String type, String headerTenant, String envelopeTenant) {
        String body = """
                {"eventId":"%s","type":"%s","tenant":"%s","occurredAt":"2026-11-01T08:00:00Z",
                 "payload":{"noteId":"n-%s","village":"v-baisha","text":"t"}}
                """.formatted(eventId, type, envelopeTenant, eventId);
        return MessageBuilder.withBody(body.getBytes(StandardCharsets.UTF_8))
                .setContentType("application/json")
                .setMessageId(eventId)
                .setHeader("x-tenant", headerTenant)
                .build();
    }
}
