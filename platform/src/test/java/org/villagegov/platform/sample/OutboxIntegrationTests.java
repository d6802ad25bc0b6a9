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
import org.villagegov.platform.messaging.OutboxRelay;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.tenancy.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;
import static org.villagegov.platform.test.TestTenants.LINXIAN;

/** An event appended to a hand-written update is stored, published and marked sent like a raised one. */
@SampleIntegrationTest
class OutboxIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxRelay relay;

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
        // raised in a request: its trace is kept; appended here, outside any trace: none, and published all the same
        assertThat(events(id).getFirst().getString("traceparent")).startsWith("00-");
        assertThat(events(id).getLast().getString("traceparent")).isNull();
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

    @Test
    void whenAnEventIsStoredAndItsNudgeIsLostThenTheSweepOfItsMarkedCountyPublishesItOnce() {
        String id = "lost-nudge-" + UUID.randomUUID();
        String echoed = "lost-" + UUID.randomUUID();
        writeWithoutNudge(DAYE, id, echoed);  // as if the instance died right after the write
        assertThat(mark(DAYE)).as("the county is marked before its write").isNotNull();

        relay.sweep();
        relay.sweep();

        await().atMost(Duration.ofSeconds(10)).until(() -> TenantContext.call(DAYE, () -> NoteReceipts.applied(mongo, echoed)) == 1);
        assertThat(events(id).getFirst().getBoolean("sent")).isTrue();
    }

    @Test
    void whenACountyIsNotMarkedThenTheSweepLeavesItAloneAndAMarkWithNothingUnsentIsLetGo() {
        relay.sweep();  // the first sweep after start looks at every county; from then on only marked ones
        String id = "unmarked-" + UUID.randomUUID();
        String echoed = "unmarked-" + UUID.randomUUID();
        // an unsent event whose county's mark is then taken away, as no write of this version leaves it
        writeWithoutNudge(LINXIAN, id, echoed);
        TenantContext.run(TenantId.PLATFORM, () -> mongo.remove(Query.query(Criteria.where("_id").is(LINXIAN)), "outbox_pending"));

        relay.sweep();
        assertThat(TenantContext.call(LINXIAN, () -> mongo.findById(id, Document.class, "notes"))
                .getList("outbox", Document.class).getFirst().getBoolean("sent")).as("an unmarked county is not swept").isFalse();

        // a fresh mark: the event goes out, and the mark stays for a lease (a write relying on it may still be under way)
        setMark(LINXIAN, Instant.now());
        relay.sweep();
        await().atMost(Duration.ofSeconds(10)).until(() -> TenantContext.call(LINXIAN, () -> NoteReceipts.applied(mongo, echoed)) == 1);
        assertThat(mark(LINXIAN)).isNotNull();

        // older than a lease, and nothing unsent any more: let go
        setMark(LINXIAN, Instant.now().minus(Duration.ofMinutes(5)));
        relay.sweep();
        assertThat(mark(LINXIAN)).isNull();
    }

    /** A note with one unsent event, written by an update through the outbox but never nudged. */
    private void writeWithoutNudge(String county, String noteId, String echoed) {
        TenantContext.run(county, () -> {
            Update update = outbox.append(new Update().set("text", "no nudge"), "note.created",
                    new Note.NoteCreated(echoed, Tokens.VILLAGE, "no nudge"), Instant.now());
            mongo.upsert(Query.query(Criteria.where("_id").is(noteId)), update, Note.class);
        });
    }

    private void setMark(String county, Instant at) {
        TenantContext.run(TenantId.PLATFORM, () -> mongo.upsert(Query.query(Criteria.where("_id").is(county)),
                new Update().set("token", UUID.randomUUID().toString()).set("at", java.util.Date.from(at)), "outbox_pending"));
    }

    private Document mark(String county) {
        return TenantContext.call(TenantId.PLATFORM, () -> mongo.findById(county, Document.class, "outbox_pending"));
    }

    private List<Document> events(String noteId) {
        Document note = TenantContext.call(DAYE, () -> mongo.findById(noteId, Document.class, "notes"));
        return note.getList("outbox", Document.class);
    }

    /** The stored shape, without the relay's lease (set or unset depending on timing) and the trace (only within one). */
    private static Set<String> fields(Document event) {
        Set<String> fields = new HashSet<>(event.keySet());
        fields.remove("claimedUntil");
        fields.remove("traceparent");
        return fields;
    }
}
