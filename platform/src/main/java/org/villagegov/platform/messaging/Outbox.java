package org.villagegov.platform.messaging;

import java.time.Instant;
import java.util.UUID;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Update;
import org.villagegov.platform.tenancy.TenantContext;

/**
 * The outbox for code that changes a document with its own conditional update instead of
 * saving an {@link AggregateRoot} (a ledger's atomic increment, a saga's claimed step): the
 * event goes into the same update, so state and event are still one write, and the relay
 * publishes it like any raised event. Only this class and {@link OutboxEvent} know the
 * outbox's storage shape.
 * <pre>
 * Update update = new Update().inc("balance", points);
 * outbox.append(update, "points.awarded", new PointsAwarded(...), now);
 * if (mongo.updateFirst(query, update, Account.class).getModifiedCount() == 1) outbox.nudge(Account.class);
 * </pre>
 */
public class Outbox {

    /** The field of {@link AggregateRoot} that holds the events. */
    static final String FIELD = "outbox";

    private final MongoOperations mongo;
    private final MongoConverter converter;
    private final OutboxRelay relay;

    public Outbox(MongoOperations mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.converter = mongo.getConverter();
        this.relay = relay;
    }

    /**
     * Adds a pending event to {@code update} (pushed onto the document's outbox) and returns the
     * update. The payload is serialised as a raised event's is. Call it before the write: it marks
     * the county for the relay's sweep.
     */
    public Update append(Update update, String type, Object payload, Instant occurredAt) {
        relay.expect(TenantContext.require());
        OutboxEvent event = OutboxEvent.pending(UUID.randomUUID().toString(), type, occurredAt,
                EventJson.MAPPER.writeValueAsString(payload));
        return update.push(FIELD, converter.convertToMongoType(event));
    }

    /**
     * An update that drops the events the relay already sent, so a document written by updates
     * only does not grow by them. Run it as its own update: MongoDB refuses a push and a pull on
     * the same array in one.
     */
    public Update dropSent() {
        return new Update().pull(FIELD, new Document("sent", true));
    }

    /** After the write: asks the relay to publish the pending events of the type's collection now (the sweep would later). */
    public void nudge(Class<?> documentType) {
        nudge(mongo.getCollectionName(documentType));
    }

    public void nudge(String collection) {
        relay.nudge(TenantContext.require(), collection);
    }
}
