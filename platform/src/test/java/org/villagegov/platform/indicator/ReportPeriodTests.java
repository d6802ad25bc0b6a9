package org.villagegov.platform.indicator;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.villagegov.platform.errors.InvalidParameterException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportPeriodTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Test
    void whenNothingIsNamedThenTheCurrentMonthAsOfToday() {
        assertThat(ReportPeriod.of(null, null, null, TODAY))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), TODAY));
    }

    @Test
    void whenAMonthQuarterOrYearIsNamedThenItsWholeDaysAndStocksAsOfItsEndOrToday() {
        assertThat(ReportPeriod.of("2026-02", null, null, TODAY))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 2, 28)));
        assertThat(ReportPeriod.of("2026-Q4", null, null, TODAY))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), TODAY));
        assertThat(ReportPeriod.of("2025", null, null, TODAY))
                .isEqualTo(new ReportPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), LocalDate.of(2025, 12, 31)));
        assertThat(ReportPeriod.of(null, "2026-03-05", "2026-04-10", TODAY).asOf()).isEqualTo(LocalDate.of(2026, 4, 10));
    }

    @Test
    void whenThePeriodLiesAheadThenStocksAreReadAsOfToday() {
        assertThat(ReportPeriod.of("2027", null, null, TODAY).asOf()).isEqualTo(TODAY);
    }

    @Test
    void theTrendIsTheTwelveMonthsUpToTheAsOfMonth() {
        assertThat(ReportPeriod.of("2026-Q4", null, null, TODAY).trendMonths())
                .hasSize(12).first().hasToString("2025-12");
        assertThat(ReportPeriod.of("2026-Q4", null, null, TODAY).trendMonths()).last().hasToString("2026-11");
    }

    @Test
    void whenMalformedThenRefusedNamingTheParameter() {
        assertField(() -> ReportPeriod.of("2026-13", null, null, TODAY), "period");
        assertField(() -> ReportPeriod.of("2026-Q5", null, null, TODAY), "period");
        assertField(() -> ReportPeriod.of("1899", null, null, TODAY), "period");
        assertField(() -> ReportPeriod.of("2026-11", "2026-11-01", null, TODAY), "period");
        assertField(() -> ReportPeriod.of(null, "2026-11-01", null, TODAY), "to");
        assertField(() -> ReportPeriod.of(null, null, "2026-11-01", TODAY), "from");
        assertField(() -> ReportPeriod.of(null, "garbage", null, TODAY), "from");
        assertField(() -> ReportPeriod.of(null, "2026-11-02", "2026-11-01", TODAY), "to");
        assertField(() -> ReportPeriod.of(null, "2026-02-30", "2026-03-01", TODAY), "from");
        assertField(() -> ReportPeriod.of(null, "2026-01-01", "+99999-01-01", TODAY), "to");
    }

    private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidParameterException.class,
                e -> assertThat(e.errors().getFirst().field()).isEqualTo(field));
    }
}
