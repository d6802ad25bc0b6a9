package org.villagegov.platform.sample;

import java.util.concurrent.atomic.AtomicInteger;

import org.bson.Document;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.villagegov.platform.messaging.EventSubscription;

/** Consumes the sample's own events: counts applications per note, keyed by event id. */
@Configuration
class NoteReceipts {

    static final AtomicInteger handlerCalls = new AtomicInteger();
    static final AtomicInteger poisonAttempts = new AtomicInteger();

    @Bean
    EventSubscription<Note.NoteCreated> noteCreated(MongoTemplate mongo) {
        return EventSubscription.on("sample.events", "note.created", Note.NoteCreated.class, event -> {
            handlerCalls.incrementAndGet();
            mongo.upsert(Query.query(Criteria.where("_id").is(event.payload().noteId())),
                    new Update().inc("applied", 1).addToSet("eventIds", event.eventId()), "note_receipts");
        });
    }

    @Bean
    EventSubscription<Note.NoteCreated> notePoisoned() {
        return EventSubscription.on("sample.events", "note.poisoned", Note.NoteCreated.class, event -> {
            poisonAttempts.incrementAndGet();
            throw new IllegalStateException("this handler always fails");
        });
    }

    static int applied(MongoTemplate mongo, String noteId) {
        Document receipt = mongo.findById(noteId, Document.class, "note_receipts");
        return receipt == null ? 0 : receipt.getInteger("applied");
    }
}
