package org.villagegov.platform.messaging;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/** What travels on the broker: the event's identity, type, tenant, time and payload. */
public record EventEnvelope(String eventId, String type, String tenant, Instant occurredAt, JsonNode payload) {

    /** Header with the tenant, so consumers can route and restore context before parsing. */
    public static final String TENANT_HEADER = "x-tenant";
    public static final String EVENT_ID_HEADER = "x-event-id";
}
