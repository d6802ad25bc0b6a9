package org.villagegov.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThrottledJwksCacheTests {

    private Instant now = Instant.parse("2026-11-25T08:00:00Z");
    private final AtomicInteger fetches = new AtomicInteger();
    private final ThrottledJwksCache cache = new ThrottledJwksCache("jwks-daye", Duration.ofSeconds(30),
            new Clock() {
                @Override
                public ZoneOffset getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            });

    private String keySet() {
        return cache.get("uri", () -> "set-" + fetches.incrementAndGet());
    }

    @Test
    void whenUnknownKeyIdsKeepComingThenTheKeySetIsFetchedAtMostOncePerInterval() {
        assertThat(keySet()).isEqualTo("set-1");
        for (int forged = 0; forged < 100; forged++) {
            cache.invalidate();
            keySet();
        }
        assertThat(fetches).hasValue(1);

        now = now.plusSeconds(31);
        assertThat(cache.invalidate()).isTrue();
        assertThat(keySet()).as("a rotated key is picked up after the interval").isEqualTo("set-2");
        cache.invalidate();
        assertThat(keySet()).isEqualTo("set-2");
    }

    @Test
    void whenTheFirstFetchFailsThenTheNextRequestTriesAgain() {
        try {
            cache.get("uri", () -> {
                throw new IllegalStateException("Keycloak down");
            });
        } catch (RuntimeException expected) {
            // the decoder turns this into a 401; nothing was cached
        }
        cache.invalidate();
        assertThat(keySet()).isEqualTo("set-1");
    }
}
