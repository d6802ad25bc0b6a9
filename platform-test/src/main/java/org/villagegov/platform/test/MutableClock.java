package org.villagegov.platform.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move forward (past a notice period, a voting window, a deadline); shared by every service's tests. */
public final class MutableClock extends Clock {

    private volatile Instant now;
    /** When this clock started, on the JVM's monotonic timer; negative for a clock that stands still between moves. */
    private final long tickingSince;

    /** A clock that stands still between the moves a test makes. */
    public MutableClock(Instant start) {
        this(start, -1);
    }

    private MutableClock(Instant start, long tickingSince) {
        this.now = start;
        this.tickingSince = tickingSince;
    }

    /**
     * A clock that also runs on with real time from {@code start}: for instances working side by side, whose
     * claims, leases and marks must expire as they do in production (a standing clock would keep a lease an
     * instance took forever).
     */
    public static MutableClock ticking(Instant start) {
        return new MutableClock(start, System.nanoTime());
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MutableClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return tickingSince < 0 ? now : now.plusNanos(System.nanoTime() - tickingSince);
    }
}
