package org.villagegov.gateway.routing;

import java.util.Optional;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.handler.TracingObservationHandler;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;

/**
 * The trace of a request as the server's observation holds it (WebFlux keeps it in the exchange,
 * not in a thread local): readable from any filter and after the answer is written.
 */
final class RequestTrace {

    private RequestTrace() {
    }

    static Optional<TraceContext> of(ServerWebExchange exchange) {
        return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(context -> context.<TracingObservationHandler.TracingContext>get(TracingObservationHandler.TracingContext.class))
                .map(TracingObservationHandler.TracingContext::getSpan)
                .map(span -> span.context());
    }
}
