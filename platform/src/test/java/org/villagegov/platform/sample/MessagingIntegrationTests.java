package org.villagegov.platform.sample;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.villagegov.platform.messaging.EventEnvelope;
import org.villagegov.platform.tenancy.TenantContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;

@SampleIntegrationTest
class MessagingIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    RabbitTemplate rabbit;
    @Value("${platform.messaging.queue}")
    String queue;

    @Test
    void whenAggregateRaisesEventThenItIsPublishedMarkedSentAndAppliedOnce() throws Exception {
        String id = "note-" + UUID.randomUUID();
        mvc.perform(post("/api/v1/sample/notes").header("Authorization", Tokens.cadre())
                        .contentType("application/json").content(Tokens.noteJson(id, Tokens.VILLAGE, "hello")))
                .andExpect(status().isCreated());

        await().atMost(Duration.ofSeconds(10)).until(() -> applied(id) == 1);
        await().atMost(Duration.ofSeconds(5)).until(() -> outboxEvent(id).getBoolean("sent"));
        await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(3)).until(() -> applied(id) == 1);
    }

    @Test
    void whenSameEventIsDeliveredTwiceThenItIsAppliedOnce() {
        String noteId = "dup-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        Message message = event(eventId, "note.created", DAYE, noteId);
        rabbit.send("sample.events", "note.created", message);
        rabbit.send("sample.events", "note.created", message);

        await().atMost(Duration.ofSeconds(10)).until(() -> applied(noteId) == 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> applied(noteId) == 1);
    }

    @Test
    void whenProcessedEventIsRedeliveredThenHandlerDoesNotRunAgain() {
        String noteId = "redelivered-" + UUID.randomUUID();
        Message message = event(UUID.randomUUID().toString(), "note.created", DAYE, noteId);
        rabbit.send("sample.events", "note.created", message);
        await().atMost(Duration.ofSeconds(10)).until(() -> applied(noteId) == 1);

        rabbit.send("sample.events", "note.created", message);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> NoteReceipts.handlerCalls(noteId) == 1 && applied(noteId) == 1);
    }

    @Test
    void whenHandlerKeepsFailingThenMessageReachesDeadLetterQueueAfterRetries() {
        int attemptsBefore = NoteReceipts.poisonAttempts.get();
        String eventId = UUID.randomUUID().toString();
        rabbit.send("sample.events", "note.poisoned", event(eventId, "note.poisoned", DAYE, "p"));

        Message dead = await().atMost(Duration.ofSeconds(15))
                .until(() -> rabbit.receive(queue + ".dlq"), m -> m != null && eventId.equals(m.getMessageProperties().getMessageId()));
        assertThat(dead.getMessageProperties().getHeaders()).containsEntry(EventEnvelope.TENANT_HEADER, DAYE);
        assertThat(NoteReceipts.poisonAttempts.get() - attemptsBefore).isEqualTo(4);
    }

    @Test
    void whenEventNamesUnknownTenantThenItIsDeadLetteredWithoutRunningTheHandler() {
        String noteId = "atlantis-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        rabbit.send("sample.events", "note.created", event(eventId, "note.created", "atlantis", noteId));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> rabbit.receive(queue + ".dlq"), m -> m != null && eventId.equals(m.getMessageProperties().getMessageId()));
        assertThat(NoteReceipts.handlerCalls(noteId)).isZero();
    }

    private int applied(String noteId) {
        return TenantContext.call(DAYE, () -> NoteReceipts.applied(mongo, noteId));
    }

    private Document outboxEvent(String noteId) {
        Document note = TenantContext.call(DAYE, () -> mongo.findById(noteId, Document.class, "notes"));
        return note.getList("outbox", Document.class).getFirst();
    }

    static Message event(String eventId, String type, String tenant, String noteId) {
        String body = """
                {"eventId":"%s","type":"%s","tenant":"%s","occurredAt":"2026-11-01T08:00:00Z",
                 "payload":{"noteId":"%s","village":"v-baisha","text":"t"}}
                """.formatted(eventId, type, tenant, noteId);
        return MessageBuilder.withBody(body.getBytes(StandardCharsets.UTF_8))
                .setContentType("application/json")
                .setMessageId(eventId)
                .setHeader(EventEnvelope.TENANT_HEADER, tenant)
                .build();
    }
}
