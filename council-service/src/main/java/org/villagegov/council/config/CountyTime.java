package org.villagegov.council.config;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Deadlines, windows and "today" are reckoned in county time (China Standard Time), not the server's zone. */
public final class CountyTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private CountyTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
