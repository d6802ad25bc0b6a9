package org.villagegov.platform.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.web.servlet.MockMvc;
import org.villagegov.platform.messaging.Outbox;
import org.villagegov.platform.tenancy.TenantContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;

/** An event appended to a hand-written update is stored, published and marked sent like a raised one. */
@SampleIntegrationTest
class OutboxIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Outbox outbox;

    @Test
    void whenAnUpdateAppendsAnEventThenItIsStoredAsARaisedOneAndPublishedOnce() throws Exception {
        String id = "outbox-" + UUID.randomUUID();
        mvc.perform(post("/api/v1/sample/notes").header("Authorization", Tokens.cadre())
                        .contentType("application/json").content(Tokens.noteJson(id, Tokens.VILLAGE, "first")))
                .andExpect(status().isCreated());
        await().atMost(Duration.ofSeconds(10)).until(() -> events(id).getFirst().getBoolean("sent"));

        String echoed = "echo-" + UUID.randomUUID();
        TenantContext.run(DAYE, () -> {
            Update update = outbox.append(new Update().set("text", "edited by an update"), "note.created",
                    new Note.NoteCreated(echoed, Tokens.VILLAGE, "edited"), Instant.now());
            assertThat(mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), update, Note.class).getModifiedCount())
                    .isEqualTo(1);
            outbox.nudge(Note.class);
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> TenantContext.call(DAYE, () -> NoteReceipts.applied(mongo, echoed)) == 1);
        await().atMost(Duration.ofSeconds(5)).until(() -> events(id).getLast().getBoolean("sent"));
        assertThat(fields(events(id).getLast())).isEqualTo(fields(events(id).getFirst()));
        assertThat(events(id).getLast().get("occurredAt")).isInstanceOf(java.util.Date.class);
    }

    @Test
    void whenSentEventsAreDroppedThenOnlyPendingOnesStay() throws Exception {
        String id = "drop-" + UUID.randomUUID();
        mvc.perform(post("/api/v1/sample/notes").header("Authorization", Tokens.cadre())
                        .contentType("application/json").content(Tokens.noteJson(id, Tokens.VILLAGE, "first")))
                .andExpect(status().isCreated());
        await().atMost(Duration.ofSeconds(10)).until(() -> events(id).getFirst().getBoolean("sent"));

        TenantContext.run(DAYE, () -> mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), outbox.dropSent(), Note.class));

        assertThat(events(id)).isEmpty();
    }

    private List<Document> events(String noteId) {
        Document note = TenantContext.call(DAYE, () -> mongo.findById(noteId, Document.class, "notes"));
        return note.getList("outbox", Document.class);
    }

    /** The stored shape, without the relay's lease (set or unset depending on timing). */
    private static Set<String> fields(Document event) {
        Set<String> fields = new HashSet<>(event.keySet());
        fields.remove("claimedUntil");
        return fields;
    }
}
