package org.villagegov.platform.messaging;

import java.time.Instant;

/** An event as a handler receives it, already inside its tenant's context. */
public record IncomingEvent<T>(String eventId, String type, String tenant, Instant occurredAt, T payload) {
}
