package org.villagegov.platform.messaging;

import java.util.function.Consumer;

/**
 * A service's wish to handle one event type from one producer's exchange. Declare it as a
 * bean; the platform binds the service's queue, restores the tenant, skips events already
 * processed, retries, and dead-letters what keeps failing.
 * <p>
 * The handler must make its one write idempotent by the event id (an id derived from it, or
 * a conditional update), so that a crash between the work and the processed-marker cannot
 * apply an event twice.
 */
public record EventSubscription<T>(String exchange, String type, Class<T> payloadType,
                                   Consumer<IncomingEvent<T>> handler) {

    /** As {@code type}: every event of the exchange not claimed by a subscription to its own type. */
    public static final String ANY_TYPE = "#";

    public static <T> EventSubscription<T> on(String exchange, String type, Class<T> payloadType,
                                              Consumer<IncomingEvent<T>> handler) {
        return new EventSubscription<>(exchange, type, payloadType, handler);
    }

    String key() {
        return key(exchange, type);
    }

    static String key(String exchange, String type) {
        return exchange + "/" + type;
    }
}
