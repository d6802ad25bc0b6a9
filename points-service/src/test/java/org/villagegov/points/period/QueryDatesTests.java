package org.villagegov.points.period;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.villagegov.platform.errors.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class QueryDatesTests {

    @Test
    void whenADateLiesOutsideTheYears1900To2199ThenRefusedNamingTheField() {
        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> QueryDates.plausible(LocalDate.of(1899, 12, 31), "from"))
                .satisfies(e -> assertThat(e.field()).isEqualTo("from"));
        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> QueryDates.plausible(LocalDate.of(2200, 1, 1), "to"));
        assertThat(QueryDates.plausible(null, "from")).isNull();
        assertThat(QueryDates.plausible(LocalDate.of(2199, 12, 31), "to")).isEqualTo(LocalDate.of(2199, 12, 31));
    }

    @Test
    void whenAPeriodEndsBeforeItStartsThenRefusedNamingTheEnd() {
        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> QueryDates.period(LocalDate.of(2026, 11, 2), "periodStart", LocalDate.of(2026, 11, 1),
                        "periodEnd"))
                .satisfies(e -> assertThat(e.field()).isEqualTo("periodEnd"));
        assertThatNoException().isThrownBy(() -> QueryDates.period(LocalDate.of(2026, 11, 1), "periodStart",
                LocalDate.of(2026, 11, 1), "periodEnd"));
    }

    @Test
    void whenAReportNamesNoPeriodThenTheCountysCurrentMonthSoFar() {
        LocalDate today = LocalDate.of(2026, 12, 9);

        QueryDates.Period period = QueryDates.periodOrThisMonth(null, "from", null, "to", today);

        assertThat(period).isEqualTo(new QueryDates.Period(LocalDate.of(2026, 12, 1), today));
        assertThat(QueryDates.periodOrThisMonth(LocalDate.of(2026, 1, 1), "from", null, "to", today).start())
                .isEqualTo(LocalDate.of(2026, 1, 1));
        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> QueryDates.periodOrThisMonth(LocalDate.of(2026, 12, 10), "from", null, "to", today))
                .satisfies(e -> assertThat(e.field()).isEqualTo("to"));
    }
}
