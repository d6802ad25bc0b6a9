package org.villagegov.points.indicator;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.villagegov.platform.indicator.Counter;
import org.villagegov.platform.indicator.VillageHistory;
import org.villagegov.points.account.Movements;
import org.villagegov.points.account.PassbookTotals;
import org.villagegov.points.lists.ListQueries;

import static org.assertj.core.api.Assertions.assertThat;

/** A village's history from hand-made passbook days and list standings: flows, stocks, the monthly active count. */
class PointsIndicatorsTests {

    private static final LocalDate OCT_5 = LocalDate.of(2026, 10, 5);
    private static final LocalDate OCT_20 = LocalDate.of(2026, 10, 20);
    private static final LocalDate NOV_2 = LocalDate.of(2026, 11, 2);
    private static final LocalDate NOV_3 = LocalDate.of(2026, 11, 3);

    private static PassbookTotals.HouseholdDays household(String id, Map<LocalDate, Movements> days) {
        return new PassbookTotals.HouseholdDays(id, "t-1", new TreeMap<>(days));
    }

    @Test
    void whenPassbooksMovedThenEachKindIsAFlowOnItsDayAndTheBalanceAStockThatKeepsIt() {
        var a = household("hh-a", Map.of(
                OCT_5, new Movements(10, 0, 0, 0, 0, true),
                OCT_20, new Movements(0, 0, 0, 5, 0, true),
                NOV_2, new Movements(0, 0, -3, 0, 2, false)));
        var b = household("hh-b", Map.of(NOV_3, new Movements(0, 4, 0, 0, 0, true)));

        Map<LocalDate, Map<String, Long>> changes = PointsIndicators.history("v-1", "t-1", List.of(a, b), List.of()).changes();

        assertThat(changes.get(OCT_5)).containsExactlyInAnyOrderEntriesOf(Map.of(
                PointsIndicators.ISSUED, 10L, PointsIndicators.BALANCE, 10L, PointsIndicators.ACTIVE, 1L));
        // the second active day of October counts no second household
        assertThat(changes.get(OCT_20)).containsExactlyInAnyOrderEntriesOf(Map.of(
                PointsIndicators.REDEEMED, 5L, PointsIndicators.BALANCE, -5L));
        // a correction and a refund move points but make no household active
        assertThat(changes.get(NOV_2)).containsExactlyInAnyOrderEntriesOf(Map.of(
                PointsIndicators.CORRECTED, -3L, PointsIndicators.REFUNDED, 2L, PointsIndicators.BALANCE, -1L));
        assertThat(changes.get(NOV_3)).containsExactlyInAnyOrderEntriesOf(Map.of(
                PointsIndicators.DEDUCTED, 4L, PointsIndicators.BALANCE, -4L, PointsIndicators.ACTIVE, 1L));
    }

    @Test
    void whenAHouseholdIsActiveInTwoMonthsThenItCountsOnceInEach() {
        var a = household("hh-a", Map.of(OCT_5, new Movements(1, 0, 0, 0, 0, true),
                OCT_20, new Movements(1, 0, 0, 0, 0, true), NOV_3, new Movements(0, 0, 0, 2, 0, true)));

        VillageHistory history = PointsIndicators.history("v-1", "t-1", List.of(a), List.of());

        assertThat(history.changes().get(OCT_5)).containsEntry(PointsIndicators.ACTIVE, 1L);
        assertThat(history.changes().get(OCT_20)).doesNotContainKey(PointsIndicators.ACTIVE);
        assertThat(history.changes().get(NOV_3)).containsEntry(PointsIndicators.ACTIVE, 1L);
    }

    @Test
    void whenListEntriesStandThenTheListSizesHoldFromTheirDayUntilReplaced() {
        List<ListQueries.Listed> listed = List.of(new ListQueries.Listed(true, OCT_5, NOV_2),
                new ListQueries.Listed(false, OCT_20, null), new ListQueries.Listed(true, NOV_2, NOV_2));

        Map<LocalDate, Map<String, Long>> changes = PointsIndicators.history("v-1", null, List.of(), listed).changes();

        assertThat(changes).containsOnlyKeys(OCT_5, OCT_20, NOV_2);
        assertThat(changes.get(OCT_5)).containsExactlyEntriesOf(Map.of(PointsIndicators.RED, 1L));
        assertThat(changes.get(OCT_20)).containsExactlyEntriesOf(Map.of(PointsIndicators.BLACK, 1L));
        // replaced the day it was published: never counted
        assertThat(changes.get(NOV_2)).containsExactlyEntriesOf(Map.of(PointsIndicators.RED, -1L));
    }

    @Test
    void everyCounterAHistoryWritesIsDeclaredAndEveryIndicatorKeyIsUnique() {
        PointsIndicators indicators = new PointsIndicators(null, null);
        var declared = indicators.counters().stream().map(Counter::name).toList();
        var a = household("hh-a", Map.of(OCT_5, new Movements(1, 2, 3, 4, 5, true)));
        VillageHistory history = PointsIndicators.history("v-1", "t-1", List.of(a),
                List.of(new ListQueries.Listed(true, OCT_5, null), new ListQueries.Listed(false, OCT_5, null)));

        history.changes().values().forEach(day -> assertThat(declared).containsAll(day.keySet()));
        assertThat(indicators.indicators().stream().map(i -> i.key()).distinct()).hasSize(indicators.indicators().size());
        assertThat(indicators.indicators()).allSatisfy(i -> assertThat(i.label()).isNotBlank());
    }
}
