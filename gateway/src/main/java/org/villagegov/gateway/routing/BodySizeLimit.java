package org.villagegov.gateway.routing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.villagegov.gateway.problem.ProblemResponses;
import reactor.core.publisher.Mono;

/**
 * Refuses a body larger than the limit at the edge, as problem+json like every other refusal
 * (Spring Cloud Gateway's own RequestSize filter answers 413 with an empty body). Bodies
 * without a length are capped again by each service's own limit.
 */
@Component
class BodySizeLimit implements GlobalFilter, Ordered {

    private final DataSize limit;
    private final ProblemResponses problems;

    BodySizeLimit(@Value("${gateway.max-body-size:1MB}") DataSize limit, ProblemResponses problems) {
        this.limit = limit;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        long length = exchange.getRequest().getHeaders().getContentLength();
        if (length > limit.toBytes()) {
            return problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE,
                    "The request body has " + length + " bytes; at most " + limit.toBytes() + " are accepted");
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
