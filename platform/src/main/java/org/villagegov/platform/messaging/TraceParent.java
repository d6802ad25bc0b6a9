package org.villagegov.platform.messaging;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/**
 * The W3C {@code traceparent} of the work that raises an event, stored with the event in the
 * outbox: the relay publishes the event later, on its own thread, and continues this trace then,
 * so the consumer's span joins the request that raised the event.
 * <p>
 * Read through OpenTelemetry's context, which Micrometer's bridge keeps current for every span in
 * scope (requests, Feign calls, consumed messages); aggregates raise events without access to beans.
 */
public final class TraceParent {

    /** The header and the outbox field, as W3C Trace Context names it. */
    public static final String NAME = "traceparent";

    private TraceParent() {
    }

    /** {@code 00-<trace id>-<span id>-<flags>} of the current span, or {@code null} outside any trace. */
    public static String current() {
        SpanContext context = Span.current().getSpanContext();
        if (!context.isValid()) {
            return null;
        }
        return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex();
    }
}
