package org.villagegov.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Tokens already verified, until they expire: the same token string on the next request of a
 * session is the same signed claims, so checking its RSA signature and parsing it again (twice:
 * once to find its issuer) would only repeat what was proven — about a third of a read's CPU
 * (docs/benchmarks.md). Only what the verifying manager accepted is kept, keyed by the whole token
 * and dropped at the token's {@code exp} (a token never outlives the check it passed); what is
 * checked per request — the county active, the roles an endpoint wants — is still checked per
 * request. Bounded: when full, expired entries go; if none has, a new token is verified and not kept.
 */
public class VerifiedTokens implements AuthenticationManager {

    static final int DEFAULT_CAPACITY = 4096;

    private final AuthenticationManager verifier;
    private final Clock clock;
    private final int capacity;
    private final Map<String, JwtAuthenticationToken> verified = new ConcurrentHashMap<>();

    public VerifiedTokens(AuthenticationManager verifier) {
        this(verifier, Clock.systemUTC(), DEFAULT_CAPACITY);
    }

    VerifiedTokens(AuthenticationManager verifier, Clock clock, int capacity) {
        this.verifier = verifier;
        this.clock = clock;
        this.capacity = capacity;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (!(authentication instanceof BearerTokenAuthenticationToken bearer)) {
            return verifier.authenticate(authentication);
        }
        JwtAuthenticationToken known = verified.get(bearer.getToken());
        if (known != null && unexpired(known)) {
            return known;
        }
        Authentication result = verifier.authenticate(authentication);
        if (result instanceof JwtAuthenticationToken jwt && jwt.getToken().getExpiresAt() != null) {
            keep(jwt);
        }
        return result;
    }

    private boolean unexpired(JwtAuthenticationToken token) {
        if (clock.instant().isBefore(token.getToken().getExpiresAt())) {
            return true;
        }
        verified.remove(token.getToken().getTokenValue(), token);
        return false;
    }

    private void keep(JwtAuthenticationToken token) {
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
