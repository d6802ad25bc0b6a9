package org.villagegov.gateway.routing;

import org.springframework.core.Ordered;
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
            RequestTrace.of(exchange).ifPresent(trace -> exchange.getResponse().getHeaders().set(HEADER, trace.traceId()));
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
