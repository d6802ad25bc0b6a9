package org.villagegov.gateway.routing;

import io.micrometer.tracing.handler.TracingObservationHandler;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Every answer names its trace: {@value #HEADER} is the W3C trace id of the request's span,
 * the one the services' spans and logs (and the consumers of the events it raised) carry too.
 * A caller that quotes it lets an operator find everything the request touched. The trace
 * itself travels as {@code traceparent}: accepted from the caller, sent on to the services.
 */
@Component
class TraceIdHeader implements WebFilter, Ordered {

    static final String HEADER = "X-Trace-Id";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getResponse().beforeCommit(() -> {
            ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                    .map(context -> context.<TracingObservationHandler.TracingContext>get(TracingObservationHandler.TracingContext.class))
                    .map(TracingObservationHandler.TracingContext::getSpan)
                    .ifPresent(span -> exchange.getResponse().getHeaders().set(HEADER, span.context().traceId()));
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
