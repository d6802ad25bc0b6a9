package org.villagegov.platform.messaging;

import java.time.Instant;

/**
 * An event raised by an aggregate, stored inside the aggregate's own document so that the
 * state change and the event are one write. The relay claims it ({@code claimedUntil}),
 * publishes it with a broker confirm and only then marks it {@code sent}. {@code traceparent} is
 * the trace of the work that raised it ({@link TraceParent}), absent outside any trace and in
 * events stored before it was kept.
 */
public record OutboxEvent(String eventId, String type, Instant occurredAt, String payload,
                          boolean sent, Instant claimedUntil, String traceparent) {

    static OutboxEvent pending(String eventId, String type, Instant occurredAt, String payload) {
        return new OutboxEvent(eventId, type, occurredAt, payload, false, null, TraceParent.current());
    }
}
