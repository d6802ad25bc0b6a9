package org.villagegov.platform.sample;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.villagegov.platform.messaging.EventSubscription;
import org.villagegov.platform.messaging.TraceParent;

/** Consumes the sample's own events: counts applications per note, keyed by event id. */
@Configuration
class NoteReceipts {

    static final Map<String, AtomicInteger> handlerCalls = new ConcurrentHashMap<>();
    static final AtomicInteger poisonAttempts = new AtomicInteger();
    /** The trace each note's event was handled in ({@code traceparent}), to follow a request to its consumer. */
    static final Map<String, String> handledInTrace = new ConcurrentHashMap<>();

    @Bean
    EventSubscription<Note.NoteCreated> noteCreated(MongoTemplate mongo) {
        return EventSubscription.on("sample.events", "note.created", Note.NoteCreated.class, event -> {
            handlerCalls.computeIfAbsent(event.payload().noteId(), id -> new AtomicInteger()).incrementAndGet();
            String trace = TraceParent.current();
            if (trace != null) {
                handledInTrace.put(event.payload().noteId(), trace);
            }
            // The write is keyed by the event id, so concurrent duplicates cannot both apply.
            Query notYetApplied = Query.query(Criteria.where("_id").is(event.payload().noteId())
                    .and("eventIds").ne(event.eventId()));
            try {
                mongo.upsert(notYetApplied, new Update().inc("applied", 1).addToSet("eventIds", event.eventId()),
                        "note_receipts");
            } catch (DuplicateKeyException alreadyApplied) {
                // the receipt exists and already holds this event id
            }
        });
    }

    @Bean
    EventSubscription<Note.NoteCreated> notePoisoned() {
        return EventSubscription.on("sample.events", "note.poisoned", Note.NoteCreated.class, event -> {
            poisonAttempts.incrementAndGet();
            throw new IllegalStateException("this handler always fails");
        });
    }

    static int handlerCalls(String noteId) {
        AtomicInteger calls = handlerCalls.get(noteId);
        return calls == null ? 0 : calls.get();
    }

    static int applied(MongoTemplate mongo, String noteId) {
        Document receipt = mongo.findById(noteId, Document.class, "note_receipts");
        return receipt == null ? 0 : receipt.getInteger("applied");
    }
}
