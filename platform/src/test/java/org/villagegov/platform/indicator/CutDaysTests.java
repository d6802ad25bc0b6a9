package org.villagegov.platform.indicator;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The day documents a read asks for are exactly those whose months a range cuts. */
class CutDaysTests {

    private static Set<LocalDate> cut(String from, String to) {
        Set<LocalDate> days = new TreeSet<>();
        IndicatorReader.cutDays(from == null ? null : LocalDate.parse(from), LocalDate.parse(to), days);
        return days;
    }

    @Test
    void whenARangeCoversWholeMonthsThenNoDayIsRead() {
        assertThat(cut("2026-10-01", "2026-11-30")).isEmpty();
        assertThat(cut(null, "2026-11-30")).isEmpty();
    }

    @Test
    void whenARangeEndsInsideAMonthThenOnlyThatMonthsDaysUpToTheEnd() {
        assertThat(cut(null, "2026-12-01")).containsExactly(LocalDate.parse("2026-12-01"));
        assertThat(cut("2026-11-01", "2026-12-03")).containsExactly(
                LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-02"), LocalDate.parse("2026-12-03"));
    }

    @Test
    void whenARangeStartsAndEndsInsideMonthsThenTheDaysOfBothCutsOnly() {
        assertThat(cut("2026-10-30", "2026-12-02")).containsExactly(LocalDate.parse("2026-10-30"),
                LocalDate.parse("2026-10-31"), LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-02"));
        assertThat(cut("2026-11-10", "2026-11-12")).hasSize(3);
        assertThat(cut("2026-11-12", "2026-11-10")).isEmpty();
    }
}
