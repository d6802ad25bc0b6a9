package org.villagegov.council;

import java.util.List;

import org.villagegov.platform.messaging.AggregateRoot;
import org.villagegov.platform.messaging.EventJson;
import org.villagegov.platform.messaging.OutboxEvent;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events an aggregate raised, read back as the outbox stores them (the platform's
 * {@link EventJson}, exactly what the relay publishes), so unit and JSON tests need no broker.
 */
public final class EventPayloads {

    private EventPayloads() {
    }

    /** The types raised, in order. */
    public static List<String> types(AggregateRoot aggregate) {
        return aggregate.outbox().stream().map(OutboxEvent::type).toList();
    }

    /** The payload of the one event of that type. */
    public static JsonNode payload(AggregateRoot aggregate, String type) {
        List<OutboxEvent> events = aggregate.outbox().stream().filter(event -> type.equals(event.type())).toList();
        assertThat(events).as("events of type " + type).hasSize(1);
        return EventJson.MAPPER.readTree(events.getFirst().payload());
    }

    /** The payload's field names, whatever their order. */
    public static List<String> fields(JsonNode payload) {
        return payload.propertyNames().stream().toList();
    }

    /** An ISO date as CONTRACTS.md writes it ({@code 2026-11-24}). */
    public static boolean isDate(JsonNode value) {
        return value.isString() && value.asString().matches("\\d{4}-\\d{2}-\\d{2}");
    }
}
