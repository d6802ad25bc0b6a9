package org.villagegov.gateway.security;

import org.springframework.security.oauth2.jwt.JwtClaimNames;
import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerReactiveAuthenticationManagerResolver;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.villagegov.gateway.config.GatewayProperties;
import org.villagegov.gateway.console.ConsolePaths;
import org.villagegov.gateway.problem.ProblemResponses;
import org.villagegov.gateway.tenant.TenantDirectory;
import reactor.core.publisher.Mono;

/**
 * The edge check: every API call needs a valid token of a registered, active tenant
 * (unknown issuer 401, suspended county 403); the tenant registry only for platform
 * operators of the platform realm, and the platform realm's tokens only on their own routes
 * ({@link PlatformRealmRoutes}). The services check every token again themselves. The web
 * console's page, files and settings are public; everything not named here is refused.
 */
@Configuration
class SecurityConfig {

    @Bean
    SecurityWebFilterChain edge(ServerHttpSecurity http, IssuerAuthentication issuers, TenantDirectory directory,
                                ProblemResponses problems, GatewayProperties properties) {
        var resolver = new JwtIssuerReactiveAuthenticationManagerResolver(issuers);
        // the resolver's one manager, whatever the exchange (it finds the issuer in the token), behind the verified tokens
        VerifiedTokens verified = new VerifiedTokens(authentication -> resolver.resolve(null)
                .flatMap(manager -> manager.authenticate(authentication)), Clock.systemUTC(), VerifiedTokens.DEFAULT_CAPACITY);
        String platformIssuer = properties.issuerOf(properties.platformRealm());
        ServerAuthenticationEntryPoint unauthorized = (exchange, e) -> {
            exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
            return problems.write(exchange, HttpStatus.UNAUTHORIZED, "A valid bearer token from a registered county is required");
        };
        ServerAccessDeniedHandler forbidden = (exchange, e) -> problems.write(exchange, HttpStatus.FORBIDDEN,
                "Your role does not allow this request");
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                // stateless: every request brings its token. The defaults kept the security context and the
                // request cache in a web session, which made one per request, with two thread hops to do it
                // (docs/benchmarks.md)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .oauth2ResourceServer(oauth -> oauth
                        .authenticationManagerResolver(exchange -> Mono.just(verified))
                        .bearerTokenConverter(new BearerTokens())
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .addFilterAfter(new SuspendedTenantFilter(directory, problems), SecurityWebFiltersOrder.AUTHENTICATION)
                .authorizeExchange(exchanges -> exchanges
                        // the actuator and the registry exist on the management port only (ManagementServer); the
                        // registry checks its own key there. The public port's probes are /livez and /readyz
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
                                "/internal/tenants", "/livez", "/readyz").permitAll()
                        .pathMatchers("/docs/**", "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**", "/webjars/**")
                                .permitAll()
                        // the console's page, files and start-up settings: public, like any web page before login
                        .pathMatchers(HttpMethod.GET, ConsolePaths.PUBLIC).permitAll()
                        .pathMatchers(HttpMethod.HEAD, ConsolePaths.PUBLIC).permitAll()
                        .pathMatchers("/api/v1/tenants", "/api/v1/tenants/**").access(platformOperator(platformIssuer))
                        // service-to-service lookups (CONTRACTS.md) answer any role of the county about any
                        // household; the services call them directly, so from outside they do not exist
                        .pathMatchers("/api/v1/*/lookup/**").denyAll()
                        // a provincial admin's or operator's token of the platform realm: only their routes
                        .pathMatchers("/api/**").access(PlatformRealmRoutes.limitedFor(platformIssuer))
                        .anyExchange().denyAll())
                .build();
    }

    /** The registry belongs to operators of the platform realm; a county realm's role of that name counts for nothing. */
    private static ReactiveAuthorizationManager<AuthorizationContext> platformOperator(String platformIssuer) {
        return (authentication, context) -> authentication
                .<AuthorizationResult>map(auth -> new AuthorizationDecision(auth instanceof JwtAuthenticationToken jwt
                        && platformIssuer.equals(jwt.getToken().getClaimAsString(JwtClaimNames.ISS))
                        && auth.getAuthorities().stream().anyMatch(a -> "ROLE_platform-operator".equals(a.getAuthority()))))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }

}
