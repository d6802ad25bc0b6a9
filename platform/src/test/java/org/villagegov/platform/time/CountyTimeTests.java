package org.villagegov.platform.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.villagegov.platform.test.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

class CountyTimeTests {

    @Test
    void whenItIsLateEveningInUtcThenTheCountyIsAlreadyOnTheNextDay() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-24T16:30:00Z"));
        CountyTime county = new CountyTime(clock);

        assertThat(county.today()).isEqualTo(LocalDate.parse("2026-11-25"));
        assertThat(county.wallClock().getHour()).isEqualTo(0);
        assertThat(CountyTime.dateOf(clock.instant())).isEqualTo(county.today());
    }

    @Test
    void whenTheTestClockMovesThenTodayMovesWithIt() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-24T02:00:00Z"));
        CountyTime county = new CountyTime(clock);

        clock.advance(Duration.ofDays(3));

        assertThat(county.today()).isEqualTo(LocalDate.parse("2026-11-27"));
        assertThat(county.now()).isEqualTo(Instant.parse("2026-11-27T02:00:00Z"));
    }

    @Test
    void whenADayStartsInTheCountyThenItIsTheEveningBeforeInUtc() {
        assertThat(CountyTime.startOf(LocalDate.parse("2026-11-25"))).isEqualTo(Instant.parse("2026-11-24T16:00:00Z"));
    }
}
