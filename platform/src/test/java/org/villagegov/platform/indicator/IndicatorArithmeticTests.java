package org.villagegov.platform.indicator;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a history says, and how the ledger turns it into day and month changes. */
class IndicatorArithmeticTests {

    static final LocalDate D1 = LocalDate.of(2026, 10, 30);
    static final LocalDate D2 = LocalDate.of(2026, 11, 2);

    @Test
    void aStockHoldsFromItsFirstDayUntilItsEndAndNothingWhenItEndsBeforeItStarts() {
        VillageHistory history = VillageHistory.of("v", "t").holds("open", D1, D2).holds("open", D2, D1)
                .holds("still", D1, null);
        assertThat(history.changes()).isEqualTo(Map.of(D1, Map.of("open", 1L, "still", 1L), D2, Map.of("open", -1L)));
    }

    @Test
    void overdueStartsTheDayAfterTheDeadlineAndNotAtAllWhenItEndedInTime() {
        assertThat(VillageHistory.of("v", "t").overdue("late", D1, D2).changes())
                .isEqualTo(Map.of(D1.plusDays(1), Map.of("late", 1L), D2, Map.of("late", -1L)));
        assertThat(VillageHistory.of("v", "t").overdue("late", D1, D1.plusDays(1)).changes()).isEmpty();
        assertThat(VillageHistory.of("v", "t").overdue("late", null, D2).changes()).isEmpty();
    }

    @Test
    void changesThatCancelLeaveNothing() {
        assertThat(VillageHistory.of("v", "t").add("points", D1, 5).add("points", D1, -5).changes()).isEmpty();
    }

    @Test
    void daysBetweenGoIntoTheirBucketAndTheLastTakesTheRest() {
        assertThat(VillageHistory.of("v", "t").days("took", 10, D1, D2).changes())
                .isEqualTo(Map.of(D2, Map.of("took_3", 1L)));
        assertThat(VillageHistory.of("v", "t").days("took", 2, D1, D2).changes())
                .isEqualTo(Map.of(D2, Map.of("took_2", 1L)));
    }

    @Test
    void theMedianOfAHistogramIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
        assertThat(Indicator.median(values(Map.of("d_1", 1L, "d_3", 1L, "d_9", 1L)), "d", 10)).isEqualTo(3.0);
        assertThat(Indicator.median(values(Map.of("d_1", 1L, "d_4", 1L)), "d", 10)).isEqualTo(2.5);
        assertThat(Indicator.median(values(Map.of("d_2", 4L)), "d", 10)).isEqualTo(2.0);
        assertThat(Indicator.median(values(Map.of()), "d", 10)).isNull();
    }

    @Test
    void aPercentOfNothingIsUnknownNotZero() {
        assertThat(Indicator.percentOf(1, 3)).isEqualTo(33.3);
        assertThat(Indicator.percentOf(0, 0)).isNull();
    }

    @Test
    void dayChangesAlsoCountInTheirMonthAndADifferenceKeepsOnlyWhatChanged() {
        Map<String, Map<String, Long>> before = Map.of("2026-11-02", Map.of("a", 1L), "2026-11-05", Map.of("a", 2L));
        Map<String, Map<String, Long>> now = Map.of("2026-11-02", Map.of("a", 1L), "2026-11-05", Map.of("a", 3L, "b", 1L));

        assertThat(IndicatorLedger.expand(now)).containsEntry("2026-11", Map.of("a", 4L, "b", 1L));
        assertThat(IndicatorLedger.minus(now, before)).isEqualTo(Map.of("2026-11-05", Map.of("a", 1L, "b", 1L)));
        assertThat(IndicatorLedger.minus(before, before)).isEmpty();
    }

    @Test
    void placeIdsBecomeSafeFieldNames() {
        assertThat(IndicatorLedger.fieldKey("v.1$x%")).isEqualTo("v%2E1%24x%25");
    }

    @Test
    void aCounterNameIsAPlainIdentifier() {
        assertThatThrownBy(() -> Counter.flow("cases.opened")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Counter.histogram("took", 3)).extracting(Counter::name).containsExactly("took_0", "took_1", "took_2", "took_3");
    }

    private static CounterValues values(Map<String, Long> counters) {
        return new CounterValues(new TreeMap<>(counters));
    }
}
