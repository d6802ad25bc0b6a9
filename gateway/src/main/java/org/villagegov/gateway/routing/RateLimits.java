package org.villagegov.gateway.routing;

import org.springframework.security.oauth2.jwt.JwtClaimNames;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.WebFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.villagegov.gateway.config.GatewayProperties;
import org.villagegov.gateway.problem.ProblemResponses;
import reactor.core.publisher.Mono;

/**
 * Rate limits per county, client and account (Redis, so every gateway instance counts
 * together): an integrator's service account has its own bucket, and so has each person
 * (they all log in through the same web-console client, which must not become one shared
 * bucket for a whole county). Every answer on a rate-limited route carries {@code X-RateLimit-Limit} and
 * {@code X-RateLimit-Remaining}; a limited caller gets 429 with {@code Retry-After}. The gateway's
 * own API routes (the province overview) draw from the same buckets as the routed ones: Redis
 * keys the bucket by caller, not by route.
 */
@Configuration(proxyBeanMethods = false)
class RateLimits {

    /** The gateway's own API routes, which no route filter sees. */
    static final String OWN_ROUTES = "/api/v1/analytics/**";
    private static final String OWN_ROUTE_ID = "analytics";

    @Bean
    @Primary
    KeyResolver tenantAndClient() {
        return exchange -> exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .cast(JwtAuthenticationToken.class)
                .map(token -> realm(token.getToken().getClaimAsString(JwtClaimNames.ISS)) + ":"
                        + token.getToken().getClaimAsString("azp") + ":" + token.getToken().getSubject());
    }

    /**
     * The limiter's Lua script held as text: Spring Cloud Gateway's own bean reads it from a class-path
     * resource whose modification time it checks on every request (a file-system call per request,
     * docs/benchmarks.md). Same script, same SHA-1, so Redis runs the script it has cached.
     */
    @Bean
    static BeanPostProcessor rateLimiterScriptInMemory() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (RedisRateLimiter.REDIS_SCRIPT_NAME.equals(name) && bean instanceof RedisScript<?> script) {
                    return RedisScript.of(script.getScriptAsString(), script.getResultType());
                }
                return bean;
            }
        };
    }

    @Bean
    RedisRateLimiter redisRateLimiter(GatewayProperties properties) {
        return new LimitHeaderRateLimiter(properties.rateLimit().replenishRate(), properties.rateLimit().burstCapacity());
    }

    /**
     * Spring Cloud Gateway's limiter with one more header, {@code X-RateLimit-Limit}: the bucket's capacity
     * (the burst), the name the API documents and most clients know; its own {@code X-RateLimit-*} headers stay.
     * Every answer of the limiter, allowed or not (and when Redis fails), is made by {@link #getHeaders}.
     */
    static final class LimitHeaderRateLimiter extends RedisRateLimiter {

        static final String LIMIT_HEADER = "X-RateLimit-Limit";

        LimitHeaderRateLimiter(int replenishRate, int burstCapacity) {
            super(replenishRate, burstCapacity, 1);
        }

        @Override
        public Map<String, String> getHeaders(Config config, Long tokensLeft) {
            Map<String, String> headers = new LinkedHashMap<>(super.getHeaders(config, tokensLeft));
            if (isIncludeHeaders()) {
                headers.put(LIMIT_HEADER, String.valueOf(config.getBurstCapacity()));
            }
            return headers;
        }
    }

    /**
     * The rate limit on the gateway's own API routes, as the route filter applies it to the
     * services' routes. After the security chain (default order), so the caller is known; a
     * request without a caller was refused there already.
     */
    @Bean
    WebFilter ownRoutesRateLimited(KeyResolver tenantAndClient, RedisRateLimiter redisRateLimiter,
                                   ProblemResponses problems) {
        PathPattern own = PathPatternParser.defaultInstance.parse(OWN_ROUTES);
        return (exchange, chain) -> {
            if (!own.matches(exchange.getRequest().getPath().pathWithinApplication())) {
                return chain.filter(exchange);
            }
            // decide first, then run the chain exactly once
            return tenantAndClient.resolve(exchange)
                    .flatMap(key -> redisRateLimiter.isAllowed(OWN_ROUTE_ID, key))
                    .map(Optional::of)
                    .defaultIfEmpty(Optional.empty())
                    .flatMap(limit -> {
                        if (limit.isEmpty()) {
                            return chain.filter(exchange);
                        }
                        limit.get().getHeaders().forEach(exchange.getResponse().getHeaders()::set);
                        if (limit.get().isAllowed()) {
                            return chain.filter(exchange);
                        }
                        exchange.getResponse().getHeaders().set("Retry-After", "1");
                        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS,
                                "Too many requests from this account; try again in a second");
                    });
        };
    }

    @Bean
    WebFilter retryAfterOnTooManyRequests() {
        return (exchange, chain) -> {
            exchange.getResponse().beforeCommit(() -> {
                if (HttpStatus.TOO_MANY_REQUESTS.equals(exchange.getResponse().getStatusCode())) {
                    exchange.getResponse().getHeaders().set("Retry-After", "1");
                }
                return Mono.empty();
            });
            return chain.filter(exchange);
        };
    }

    /** The realm of a verified token's issuer, which is exactly a registered realm's: {@code .../realms/<realm>}. */
    private static String realm(String issuer) {
        return issuer.substring(issuer.lastIndexOf('/') + 1);
    }
}
