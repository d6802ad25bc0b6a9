package org.villagegov.gateway.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

/**
 * Tokens already verified at the edge, until they expire, as the services keep them (the platform's
 * {@code VerifiedTokens}): the same token string is the same signed claims, so its RSA signature is
 * checked and it is parsed once per process, not on every request of a session. Only what the issuer's
 * validator accepted is kept, keyed by the whole token, dropped at its {@code exp}; the county's
 * suspension and the route's roles are still checked per request. Bounded: when full, expired entries
 * go; if none has, a new token is verified and not kept.
 */
final class VerifiedTokens implements ReactiveAuthenticationManager {

    static final int DEFAULT_CAPACITY = 4096;

    private final ReactiveAuthenticationManager verifier;
    private final Clock clock;
    private final int capacity;
    private final Map<String, JwtAuthenticationToken> verified = new ConcurrentHashMap<>();

    VerifiedTokens(ReactiveAuthenticationManager verifier, Clock clock, int capacity) {
        this.verifier = verifier;
        this.clock = clock;
        this.capacity = capacity;
    }

    @Override
    public Mono<Authentication> authenticate(Authentication authentication) {
        if (!(authentication instanceof BearerTokenAuthenticationToken bearer)) {
            return verifier.authenticate(authentication);
        }
        JwtAuthenticationToken known = verified.get(bearer.getToken());
        if (known != null && clock.instant().isBefore(known.getToken().getExpiresAt())) {
            return Mono.just(known);
        }
        if (known != null) {
            verified.remove(bearer.getToken(), known);
        }
        return verifier.authenticate(authentication).doOnNext(this::keep);
    }

    private void keep(Authentication result) {
        if (!(result instanceof JwtAuthenticationToken token) || token.getToken().getExpiresAt() == null) {
            return;
        }
        if (verified.size() >= capacity) {
            Instant now = clock.instant();
            verified.values().removeIf(kept -> !now.isBefore(kept.getToken().getExpiresAt()));
            if (verified.size() >= capacity) {
                return;
            }
        }
        verified.put(token.getToken().getTokenValue(), token);
    }

    int size() {
        return verified.size();
    }
}
