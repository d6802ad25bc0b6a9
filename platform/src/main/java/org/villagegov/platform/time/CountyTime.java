package org.villagegov.platform.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Deadlines, windows, periods and "today" are reckoned in county time (China Standard Time),
 * not the server's zone: a step taken at 01:00 in a village belongs to that village's day.
 */
public final class CountyTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private CountyTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
