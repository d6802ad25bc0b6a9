package org.villagegov.platform.messaging;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON form of event payloads, shared by producers (outbox) and consumers. */
public final class EventJson {

    /** Lenient on read: a consumer must survive a producer adding fields to an event. */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private EventJson() {
    }
}
