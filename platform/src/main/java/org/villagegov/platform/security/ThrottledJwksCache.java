package org.villagegov.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

import org.springframework.cache.concurrent.ConcurrentMapCache;

/**
 * The key-set cache of one realm. A token with a key id the cached set lacks makes Spring's
 * decoder invalidate the cache and fetch the set again; unthrottled, every forged token with a
 * made-up key id would become a request to Keycloak. Here the set is refetched at most once per
 * interval (as Nimbus's own rate limit does): a rotated key is picked up within the interval,
 * and a flood of forged tokens costs Keycloak one request per interval.
 */
final class ThrottledJwksCache extends ConcurrentMapCache {

    static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);

    private final Duration interval;
    private final Clock clock;
    private volatile Instant fetchedAt = Instant.MIN;

    ThrottledJwksCache(String name, Duration interval, Clock clock) {
        super(name);
        this.interval = interval;
        this.clock = clock;
    }

    @Override
    public <T> T get(Object key, Callable<T> valueLoader) {
        return super.get(key, () -> {
            T fetched = valueLoader.call();
            fetchedAt = clock.instant();
            return fetched;
        });
    }

    @Override
    public boolean invalidate() {
        if (fetchedRecently()) {
            return false;
        }
        return super.invalidate();
    }

    @Override
    public void clear() {
        if (!fetchedRecently()) {
            super.clear();
        }
    }

    private boolean fetchedRecently() {
        return clock.instant().isBefore(fetchedAt.plus(interval));
    }
}
