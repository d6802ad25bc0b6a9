package org.villagegov.gateway.security;

import org.springframework.security.oauth2.jwt.JwtClaimNames;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.villagegov.gateway.config.RequestMetrics;
import org.villagegov.gateway.problem.ProblemResponses;
import org.villagegov.gateway.tenant.TenantDirectory;
import reactor.core.publisher.Mono;

/**
 * A valid token of a suspended county gets 403 with a problem, not its data. The county found
 * here also tags the request's metrics ({@link RequestMetrics}).
 */
class SuspendedTenantFilter implements WebFilter {

    private final TenantDirectory directory;
    private final ProblemResponses problems;

    SuspendedTenantFilter(TenantDirectory directory, ProblemResponses problems) {
        this.directory = directory;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        // decide first, then run the chain exactly once
        return ReactiveSecurityContextHolder.getContext()
                .map(context -> context.getAuthentication())
                .filter(JwtAuthenticationToken.class::isInstance)
                .cast(JwtAuthenticationToken.class)
                .flatMap(token -> directory.byIssuer(token.getToken().getClaimAsString(JwtClaimNames.ISS)))
                .flatMap(Mono::justOrEmpty)
                .doOnNext(registered -> exchange.getAttributes().put(RequestMetrics.TENANT_ATTRIBUTE, registered.tenant()))
                .filter(registered -> !registered.active())
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(suspended -> suspended
                        .map(registered -> problems.write(exchange, HttpStatus.FORBIDDEN,
                                "County '" + registered.tenant() + "' is suspended"))
                        .orElseGet(() -> chain.filter(exchange)));
    }
}
