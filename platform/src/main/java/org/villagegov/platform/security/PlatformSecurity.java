package org.villagegov.platform.security;

import jakarta.servlet.Filter;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.villagegov.platform.errors.ProblemWriter;
import org.villagegov.platform.tenancy.TenantRegistry;

/**
 * The security every service shares, applied by the service's own {@code SecurityConfig}:
 * stateless JWT resource server with one validator per registered issuer (tokens of the
 * {@link AuthorizedClients} only), problem+json
 * 401/403, the tenant filter, {@code Idempotency-Key} handling, and only health, metrics and API docs open. What is left
 * for the service is to say which roles its endpoints allow ({@code @PreAuthorize}).
 */
public class PlatformSecurity {

    private final TenantRegistry registry;
    private final ProblemWriter problems;
    /** The {@code Idempotency-Key} filter, run once the tenant is known. */
    private final Filter idempotency;
    private final AuthorizedClients clients;

    public PlatformSecurity(TenantRegistry registry, ProblemWriter problems, Filter idempotency,
                            AuthorizedClients clients) {
        this.registry = registry;
        this.problems = problems;
        this.idempotency = idempotency;
        this.clients = clients;
    }

    /**
     * The same chain for a {@code @WebMvcTest} slice (applied by the platform's slice
     * configuration): a test's {@code jwt()} counts as a validated token of its issuer's tenant.
     */
    public HttpSecurity applyForSlice(HttpSecurity http) throws Exception {
        return apply(http).addFilterBefore(new TestJwtFilter(registry), TenantContextFilter.class);
    }

    public HttpSecurity apply(HttpSecurity http) throws Exception {
        JwtIssuerAuthenticationManagerResolver issuers = new JwtIssuerAuthenticationManagerResolver(
                new TenantIssuerResolver(registry, clients));
        // the resolver's one manager, whatever the request (it finds the issuer in the token), behind the verified tokens
        VerifiedTokens verified = new VerifiedTokens(issuers.resolve((jakarta.servlet.http.HttpServletRequest) null));
        ProblemAuthenticationEntryPoint unauthorized = new ProblemAuthenticationEntryPoint(problems);
        ProblemAccessDeniedHandler forbidden = new ProblemAccessDeniedHandler(problems);
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .oauth2ResourceServer(oauth -> oauth
                        .authenticationManagerResolver(request -> verified)
                        .bearerTokenResolver(new BearerTokens())
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .addFilterAfter(new TenantContextFilter(registry, problems), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(idempotency, TenantContextFilter.class)
                .authorizeHttpRequests(requests -> requests
                        // the actuator is on the management port where a service sets one (management.server.port);
                        // the public port's probes are /livez and /readyz
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus", "/livez", "/readyz", "/v3/api-docs", "/v3/api-docs/**", "/error")
                                .permitAll()
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().denyAll());
    }
}
