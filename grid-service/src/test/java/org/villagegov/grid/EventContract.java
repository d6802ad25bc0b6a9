package org.villagegov.grid;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.villagegov.platform.messaging.AggregateRoot;
import org.villagegov.platform.messaging.EventJson;
import org.villagegov.platform.messaging.OutboxEvent;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads an event as the outbox relay will publish it (the payload JSON an aggregate stored with
 * the platform's {@link EventJson}) and compares it with a row of CONTRACTS.md: the exact field
 * names, each with the JSON type the contract promises.
 */
public final class EventContract {

    /** What a field's value looks like on the wire. */
    public enum Kind { STRING, ARRAY_OF_STRINGS, ISO_DATE, ISO_INSTANT, NULL }

    private EventContract() {
    }

    /** The payload of the one event of this type the aggregate holds for the relay. */
    public static JsonNode published(AggregateRoot aggregate, String type) {
        List<OutboxEvent> events = aggregate.outbox().stream().filter(event -> event.type().equals(type)).toList();
        assertThat(events).as("events of type %s", type).hasSize(1);
        return EventJson.MAPPER.readTree(events.get(0).payload());
    }

    /** Asserts the payload has exactly these fields, in any order, each of its kind. */
    public static void assertFields(JsonNode payload, Map<String, Kind> expected) {
        List<String> names = new ArrayList<>();
        Iterator<String> fields = payload.propertyNames().iterator();
        fields.forEachRemaining(names::add);
        assertThat(names).as("field names").containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((name, kind) -> {
            JsonNode value = payload.get(name);
            switch (kind) {
                case STRING -> assertThat(value.isString()).as("%s is a string: %s", name, value).isTrue();
                case ARRAY_OF_STRINGS -> {
                    assertThat(value.isArray()).as("%s is an array: %s", name, value).isTrue();
                    value.forEach(item -> assertThat(item.isString()).as("%s holds strings", name).isTrue());
                }
                case ISO_DATE -> assertThat(value.asString()).as(name).matches("\\d{4}-\\d{2}-\\d{2}");
                case ISO_INSTANT -> assertThat(value.asString()).as(name)
                        .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
                case NULL -> assertThat(value.isNull()).as("%s is null: %s", name, value).isTrue();
            }
        });
    }

    /** Field name -> kind, in the order written (a readable stand-in for a CONTRACTS.md row). */
    public static Map<String, Kind> fields(Object... nameKindPairs) {
        Map<String, Kind> fields = new LinkedHashMap<>();
        for (int i = 0; i < nameKindPairs.length; i += 2) {
            fields.put((String) nameKindPairs[i], (Kind) nameKindPairs[i + 1]);
        }
        return fields;
    }
}
