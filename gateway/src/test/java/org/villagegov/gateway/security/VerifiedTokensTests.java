package org.villagegov.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedTokensTests {

    static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    final AtomicInteger verifications = new AtomicInteger();

    /** Accepts tokens named "good-*" valid for five minutes from NOW, refuses the rest. */
    final ReactiveAuthenticationManager verifier = authentication -> Mono.defer(() -> {
        verifications.incrementAndGet();
        String token = ((BearerTokenAuthenticationToken) authentication).getToken();
        if (!token.startsWith("good")) {
            return Mono.error(new BadCredentialsException("bad signature"));
        }
        Jwt jwt = Jwt.withTokenValue(token).header("alg", "RS256").subject("u-1")
                .issuedAt(NOW).expiresAt(NOW.plus(Duration.ofMinutes(5))).build();
        return Mono.just(new JwtAuthenticationToken(jwt, List.of()));
    });

    @Test
    void whenTheSameTokenComesAgainBeforeItExpiresThenItIsNotVerifiedAgain() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, at(NOW), 10);

        var first = tokens.authenticate(new BearerTokenAuthenticationToken("good-1")).block();
        var second = tokens.authenticate(new BearerTokenAuthenticationToken("good-1")).block();

        assertThat(second).isSameAs(first);
        assertThat(verifications).hasValue(1);
    }

    @Test
    void whenTheTokenHasExpiredThenItIsVerifiedAgain() {
        tokensAt(NOW).authenticate(new BearerTokenAuthenticationToken("good-1")).block();
        VerifiedTokens later = new VerifiedTokens(verifier, at(NOW.plus(Duration.ofMinutes(5))), 10);
        later.authenticate(new BearerTokenAuthenticationToken("good-1")).block();
        later.authenticate(new BearerTokenAuthenticationToken("good-1")).block();

        assertThat(verifications).hasValue(3);
    }

    @Test
    void whenATokenIsRefusedThenItIsRefusedEveryTimeAndNothingIsKept() {
        VerifiedTokens tokens = tokensAt(NOW);

        for (int i = 0; i < 2; i++) {
            StepVerifier.create(tokens.authenticate(new BearerTokenAuthenticationToken("forged")))
                    .expectError(BadCredentialsException.class).verify();
        }
        assertThat(verifications).hasValue(2);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void whenFullOfUnexpiredTokensThenANewOneIsVerifiedEachTimeButNotKept() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, at(NOW), 1);
        tokens.authenticate(new BearerTokenAuthenticationToken("good-1")).block();

        tokens.authenticate(new BearerTokenAuthenticationToken("good-2")).block();
        tokens.authenticate(new BearerTokenAuthenticationToken("good-2")).block();

        assertThat(tokens.size()).isEqualTo(1);
        assertThat(verifications).hasValue(3);
    }

    private VerifiedTokens tokensAt(Instant now) {
        return new VerifiedTokens(verifier, at(now), 10);
    }

    private static Clock at(Instant now) {
        return Clock.fixed(now, ZoneOffset.UTC);
    }
}
