package org.villagegov.gateway.console;

import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.server.HandlerFilterFunction;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * What every console response carries: a Content-Security-Policy that lets the page load only the
 * gateway's own files and talk only to the gateway and Keycloak (no third-party host at all), and
 * no framing, sniffing or referrers. Keycloak's origin comes from {@code gateway.keycloak-public-url}.
 */
class ConsoleHeaders implements HandlerFilterFunction<ServerResponse, ServerResponse> {

    private final String contentSecurityPolicy;

    ConsoleHeaders(String keycloakOrigin) {
        // an origin, not the URL: a CSP source with a path but no trailing slash matches that one path only
        this.contentSecurityPolicy = String.join("; ",
                "default-src 'self'",
                "script-src 'self'",
                // Ant Design writes its CSS-in-JS styles into <style> elements at run time: without
                // 'unsafe-inline' for styles the console renders unstyled. Scripts stay 'self' only.
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data:",
                "font-src 'self'",
                // oidc-client-ts: token and user-info requests, the silent-renew iframe, the login form's post
                "connect-src 'self' " + keycloakOrigin,
                "frame-src " + keycloakOrigin,
                "form-action 'self' " + keycloakOrigin,
                "frame-ancestors 'none'",
                "base-uri 'self'",
                "object-src 'none'",
                "manifest-src 'self'",
                "worker-src 'self'");
    }

    @Override
    public Mono<ServerResponse> filter(ServerRequest request, HandlerFunction<ServerResponse> next) {
        // on the exchange, before the handler: the response's own headers are added to these when it is written
        HttpHeaders headers = request.exchange().getResponse().getHeaders();
        headers.set("Content-Security-Policy", contentSecurityPolicy);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        return next.handle(request);
    }
}
