package org.villagegov.gateway.security;

import org.springframework.security.oauth2.jwt.JwtClaimNames;
import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * What a token of the platform realm may reach below {@code /api} (the tenant registry has its
 * own rule): a provincial admin reads reports only — the province overview and each service's
 * indicators — and a platform operator checks and repairs indicators. Anything else is refused
 * here, before it costs a service anything; a county realm's token passes on to the services,
 * which apply their role rules. The services refuse these callers everywhere else too; this is the
 * second lock.
 */
final class PlatformRealmRoutes {

    static final String PROVINCIAL_ADMIN = "ROLE_provincial-admin";
    static final String PLATFORM_OPERATOR = "ROLE_platform-operator";

    private static final List<Allowed> ALLOWED = List.of(
            new Allowed(PROVINCIAL_ADMIN, HttpMethod.GET, "/api/v1/analytics/indicators"),
            new Allowed(PROVINCIAL_ADMIN, HttpMethod.GET, "/api/v1/{service}/indicators"),
            new Allowed(PLATFORM_OPERATOR, HttpMethod.GET, "/api/v1/{service}/indicators/drift"),
            new Allowed(PLATFORM_OPERATOR, HttpMethod.POST, "/api/v1/{service}/indicators/drift/repair"));

    private PlatformRealmRoutes() {
    }

    /** Any valid token; one of the platform realm only on its roles' routes. */
    static ReactiveAuthorizationManager<AuthorizationContext> limitedFor(String platformIssuer) {
        return (authentication, context) -> authentication
                .filter(Authentication::isAuthenticated)
                .<AuthorizationResult>map(auth -> new AuthorizationDecision(!(auth instanceof JwtAuthenticationToken jwt)
                        || !platformIssuer.equals(jwt.getToken().getClaimAsString(JwtClaimNames.ISS))
                        || allowed(auth, context)))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }

    private static boolean allowed(Authentication auth, AuthorizationContext context) {
        HttpMethod method = context.getExchange().getRequest().getMethod();
        PathContainer path = context.getExchange().getRequest().getPath().pathWithinApplication();
        return ALLOWED.stream().anyMatch(rule -> rule.method().equals(method) && rule.pattern().matches(path)
                && auth.getAuthorities().stream().anyMatch(a -> rule.role().equals(a.getAuthority())));
    }

    private record Allowed(String role, HttpMethod method, PathPattern pattern) {

        Allowed(String role, HttpMethod method, String pattern) {
            this(role, method, PathPatternParser.defaultInstance.parse(pattern));
        }
    }
}
