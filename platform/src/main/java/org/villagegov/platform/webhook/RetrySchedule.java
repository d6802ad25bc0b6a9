package org.villagegov.platform.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When a delivery is tried: {@code delays[0]} before the first attempt, {@code delays[n]} after the
 * n-th failed one; after the last attempt the delivery is parked. The default is Standard Webhooks'
 * schedule (immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h): eight attempts over 27.5 hours.
 */
record RetrySchedule(List<Duration> delays) {

    RetrySchedule {
        if (delays.isEmpty()) {
            throw new IllegalArgumentException("platform.webhooks.retry-schedule needs at least one entry");
        }
        delays = List.copyOf(delays);
    }

    int attempts() {
        return delays.size();
    }

    Duration first() {
        return delays.getFirst();
    }

    /** After {@code failed} failed attempts: how long until the next, or empty when the delivery is to be parked. */
    Optional<Duration> afterFailures(int failed) {
        return failed < delays.size() ? Optional.of(delays.get(failed)) : Optional.empty();
    }

    /** From the first attempt to the last. */
    Duration span() {
        return delays.stream().skip(1).reduce(Duration.ZERO, Duration::plus);
    }
}
