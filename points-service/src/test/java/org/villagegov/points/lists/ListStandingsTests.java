package org.villagegov.points.lists;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which list of a village is its current one, day by day. */
class ListStandingsTests {

    private static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);
    private static final LocalDate OCT_31 = LocalDate.of(2026, 10, 31);
    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
    private static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);

    private static ListStandings.Published red(LocalDate start, LocalDate end, LocalDate on) {
        return new ListStandings.Published(ListEntry.Kind.RED, start, end, on);
    }

    private static ListStandings.Published black(LocalDate start, LocalDate end, LocalDate on) {
        return new ListStandings.Published(ListEntry.Kind.BLACK, start, end, on);
    }

    @Test
    void whenAListOfALaterPeriodIsPublishedThenItReplacesTheOlderOneFromThatDay() {
        var standings = ListStandings.of(List.of(red(OCT_1, OCT_31, NOV_1.plusDays(2)), red(NOV_1, NOV_30, NOV_30.plusDays(1))),
                List.of());

        assertThat(standings).containsExactly(
                new ListStandings.Standing(ListEntry.Kind.RED, NOV_1.plusDays(2), NOV_30.plusDays(1)),
                new ListStandings.Standing(ListEntry.Kind.RED, NOV_30.plusDays(1), null));
    }

    @Test
    void whenAComputationListedNobodyThenItStillReplacesBothOlderLists() {
        LocalDate computed = NOV_30.plusDays(2);
        var standings = ListStandings.of(List.of(red(OCT_1, OCT_31, NOV_1), black(OCT_1, OCT_31, NOV_1)),
                List.of(new ListStandings.Run(OCT_1, OCT_31, NOV_1), new ListStandings.Run(NOV_1, NOV_30, computed)));

        assertThat(standings).containsExactlyInAnyOrder(
                new ListStandings.Standing(ListEntry.Kind.RED, NOV_1, computed),
                new ListStandings.Standing(ListEntry.Kind.BLACK, NOV_1, computed));
    }

    @Test
    void whenAnOlderPeriodIsComputedAfterANewerOneThenItNeverBecomesCurrent() {
        var standings = ListStandings.of(List.of(black(NOV_1, NOV_30, NOV_30), black(OCT_1, OCT_31, NOV_30.plusDays(3))),
                List.of());

        assertThat(standings).containsExactly(
                new ListStandings.Standing(ListEntry.Kind.BLACK, NOV_30, null),
                // its replacement was published before it: it holds from a day until an earlier one, i.e. never
                new ListStandings.Standing(ListEntry.Kind.BLACK, NOV_30.plusDays(3), NOV_30));
    }

    @Test
    void whenOnlyTheOtherKindHasALaterListThenAListStaysCurrent() {
        var standings = ListStandings.of(List.of(red(OCT_1, OCT_31, NOV_1), black(NOV_1, NOV_30, NOV_30)), List.of());

        assertThat(standings).contains(new ListStandings.Standing(ListEntry.Kind.RED, NOV_1, null));
    }
}
