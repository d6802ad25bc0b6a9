package org.villagegov.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.villagegov.platform.test.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokensTests {

    static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    final MutableClock clock = new MutableClock(NOW);
    final AtomicInteger verifications = new AtomicInteger();

    /** Accepts tokens named "good-*" valid for five minutes from now, refuses the rest. */
    final AuthenticationManager verifier = authentication -> {
        verifications.incrementAndGet();
        String token = ((BearerTokenAuthenticationToken) authentication).getToken();
        if (!token.startsWith("good")) {
            throw new BadCredentialsException("bad signature");
        }
        Jwt jwt = Jwt.withTokenValue(token).header("alg", "RS256").subject("u-1")
                .issuedAt(NOW).expiresAt(NOW.plus(Duration.ofMinutes(5))).build();
        return new JwtAuthenticationToken(jwt, List.of());
    };

    @Test
    void whenTheSameTokenComesAgainThenItIsNotVerifiedAgain() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, clock, 10);

        var first = tokens.authenticate(new BearerTokenAuthenticationToken("good-1"));
        var second = tokens.authenticate(new BearerTokenAuthenticationToken("good-1"));

        assertThat(second).isSameAs(first);
        assertThat(verifications).hasValue(1);
    }

    @Test
    void whenTheTokenHasExpiredThenItIsVerifiedAgainAndNotAnsweredFromWhatWasKept() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, clock, 10);
        tokens.authenticate(new BearerTokenAuthenticationToken("good-1"));

        clock.advance(Duration.ofMinutes(5));
        tokens.authenticate(new BearerTokenAuthenticationToken("good-1"));

        assertThat(verifications).hasValue(2);
    }

    @Test
    void whenATokenIsRefusedThenItIsRefusedEveryTimeAndNothingIsKept() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, clock, 10);

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> tokens.authenticate(new BearerTokenAuthenticationToken("forged")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(verifications).hasValue(2);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void whenFullThenExpiredTokensMakeRoomAndWithoutAnyANewTokenIsVerifiedButNotKept() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, clock, 2);
        tokens.authenticate(new BearerTokenAuthenticationToken("good-1"));
        tokens.authenticate(new BearerTokenAuthenticationToken("good-2"));

        tokens.authenticate(new BearerTokenAuthenticationToken("good-3"));
        assertThat(tokens.size()).isEqualTo(2);
        tokens.authenticate(new BearerTokenAuthenticationToken("good-3"));
        assertThat(verifications).hasValue(4);

        clock.advance(Duration.ofMinutes(6));
        tokens.authenticate(new BearerTokenAuthenticationToken("good-4"));
        assertThat(tokens.size()).isEqualTo(1);
    }

    @Test
    void whenTheAuthenticationIsNoBearerTokenThenTheVerifierDecides() {
        VerifiedTokens tokens = new VerifiedTokens(authentication -> authentication, clock, 10);
        var other = new TestingAuthenticationToken("u", "p");

        assertThat(tokens.authenticate(other)).isSameAs(other);
        assertThat(tokens.size()).isZero();
    }
}
