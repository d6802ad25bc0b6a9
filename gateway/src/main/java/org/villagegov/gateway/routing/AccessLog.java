package org.villagegov.gateway.routing;

import java.util.Optional;

import io.micrometer.tracing.TraceContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.WebFilter;

/**
 * One log line per answered request, as the services write theirs: method, path, status and time
 * taken, with the request's traceId and spanId and, for a verified token, its county. The query
 * string is left out (it may carry a name someone searched for; logs never hold personal data).
 */
@Configuration(proxyBeanMethods = false)
class AccessLog {

    private static final Logger log = LoggerFactory.getLogger(AccessLog.class);
    /** The county of the request's verified token, noted after the security chain for the line written before it. */
    private static final String COUNTY = AccessLog.class.getName() + ".county";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    WebFilter accessLogLine() {
        return (exchange, chain) -> {
            long started = System.nanoTime();
            return chain.filter(exchange).doFinally(signal -> {
                if (!log.isInfoEnabled() || isProbe(exchange.getRequest().getPath().value())) {
                    return;
                }
                long millis = (System.nanoTime() - started) / 1_000_000;
                Optional<TraceContext> trace = RequestTrace.of(exchange);
                var status = exchange.getResponse().getStatusCode();
                // this runs after the request's scope: the line's fields are put here, and only those known
                trace.ifPresent(context -> {
                    MDC.put("traceId", context.traceId());
                    MDC.put("spanId", context.spanId());
                });
                String county = exchange.getAttribute(COUNTY);
                if (county != null) {
                    MDC.put("tenant", county);
                }
                try {
                    log.info("{} {} {} {} ms", exchange.getRequest().getMethod(), exchange.getRequest().getPath().value(),
                            status == null ? "-" : status.value(), millis);
                } finally {
                    MDC.remove("traceId");
                    MDC.remove("spanId");
                    MDC.remove("tenant");
                }
            });
        };
    }

    /** After the security chain (order 0 comes after its -100): the token is verified here, its issuer a registered realm's. */
    @Bean
    @Order(0)
    WebFilter accessLogCounty() {
        return (exchange, chain) -> exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .cast(JwtAuthenticationToken.class)
                .doOnNext(token -> {
                    String issuer = token.getToken().getClaimAsString(JwtClaimNames.ISS);
                    exchange.getAttributes().put(COUNTY, issuer.substring(issuer.lastIndexOf('/') + 1));
                })
                .then(chain.filter(exchange));
    }

    /** Probes call every few seconds: their answers are the health endpoints' to tell, not the log's. */
    private static boolean isProbe(String path) {
        return path.startsWith("/actuator/") || path.equals("/livez") || path.equals("/readyz");
    }
}
