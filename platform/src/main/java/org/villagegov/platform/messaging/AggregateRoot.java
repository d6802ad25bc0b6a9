package org.villagegov.platform.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Version;

/**
 * Base of aggregates that raise events. Events are kept in the aggregate's document
 * ({@code outbox}) and saved with the state change in one atomic write; the outbox relay
 * publishes them afterwards. {@code @Version} gives optimistic locking for edits by people.
 */
public abstract class AggregateRoot {

    @Version
    private Long version;

    private List<OutboxEvent> outbox = new ArrayList<>();

    /**
     * Records a past-tense event ({@code case.opened}) to be published once this aggregate is
     * saved. Events already published are dropped here, so the document does not grow.
     */
    protected void raise(String type, Object payload) {
        raise(type, payload, Instant.now());
    }

    protected void raise(String type, Object payload, Instant occurredAt) {
        outbox.removeIf(OutboxEvent::sent);
        String json = EventJson.MAPPER.writeValueAsString(payload);
        outbox.add(OutboxEvent.pending(UUID.randomUUID().toString(), type, occurredAt, json));
    }

    public Long version() {
        return version;
    }

    public List<OutboxEvent> outbox() {
        return Collections.unmodifiableList(outbox);
    }

    public boolean hasPendingEvents() {
        return outbox.stream().anyMatch(event -> !event.sent());
    }
}
