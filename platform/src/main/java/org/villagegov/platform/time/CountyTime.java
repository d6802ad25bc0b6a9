package org.villagegov.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Deadlines, windows, periods and "today" are reckoned in county time (China Standard Time),
 * not the server's zone: a step taken at 01:00 in a village belongs to that village's day.
 * <p>
 * The one source of "today" and "now" for a service: inject the bean (it reads the context's
 * {@link Clock}, so a test's {@code MutableClock} moves it) and ask {@link #today()}. Aggregates
 * that are handed a {@code Clock} or an {@code Instant} use the static forms.
 */
public final class CountyTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Clock clock;

    public CountyTime(Clock clock) {
        this.clock = clock;
    }

    /** The county's calendar day now. */
    public LocalDate today() {
        return today(clock);
    }

    /** This instant (for timestamps: {@code createdAt}, {@code closedAt}). */
    public Instant now() {
        return clock.instant();
    }

    /** Now on the county's wall clock (for a time of day: a window that closes at 18:00). */
    public ZonedDateTime wallClock() {
        return ZonedDateTime.now(clock.withZone(ZONE));
    }

    /** The clock behind this, for code that still takes one. */
    public Clock clock() {
        return clock;
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The county's calendar day at {@code instant}. */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** The first instant of {@code day} in the county (00:00 in Asia/Shanghai). */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }
}
