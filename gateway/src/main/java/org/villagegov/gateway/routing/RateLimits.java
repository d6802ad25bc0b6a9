package org.villagegov.gateway.routing;

import java.net.URI;

import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.WebFilter;
import org.villagegov.gateway.config.GatewayProperties;
import reactor.core.publisher.Mono;

/**
 * Rate limits per county, client and account (Redis, so every gateway instance counts
 * together): an integrator's service account has its own bucket, and so has each person
 * (they all log in through the same web-console client, which must not become one shared
 * bucket for a whole county). A limited caller gets 429 with {@code Retry-After}.
 */
@Configuration(proxyBeanMethods = false)
class RateLimits {

    @Bean
    @Primary
    KeyResolver tenantAndClient() {
        return exchange -> exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .cast(JwtAuthenticationToken.class)
                .map(token -> realm(String.valueOf(token.getToken().getIssuer())) + ":"
                        + token.getToken().getClaimAsString("azp") + ":" + token.getToken().getSubject());
    }

    @Bean
    RedisRateLimiter redisRateLimiter(GatewayProperties properties) {
        return new RedisRateLimiter(properties.rateLimit().replenishRate(),
                properties.rateLimit().burstCapacity(), 1);
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

    private static String realm(String issuer) {
        String path = URI.create(issuer).getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
