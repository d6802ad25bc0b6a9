package org.villagegov.points.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MovementsTests {

    static final Instant NOV_24 = Instant.parse("2026-11-24T02:00:00Z");

    static PassbookEntry line(long amount, Posting.Source source, String occurredOn) {
        return AccountTests.line("e", amount, source, NOV_24, occurredOn);
    }

    @Test
    void whenEveryKindOfEntryIsCountedThenEachLandsInItsOwnFigure() {
        Movements ever = Movements.of(List.of(line(10, Posting.Source.AWARD, "2026-11-20"),
                line(-4, Posting.Source.AWARD, "2026-11-21"), line(2, Posting.Source.EVENT, "2026-11-22"),
                line(7, Posting.Source.CORRECTION, null), line(-6, Posting.Source.REDEMPTION, null),
                line(6, Posting.Source.REFUND, null)), null, null);

        assertThat(ever).isEqualTo(new Movements(12, 4, 7, 6, 6, true));
        assertThat(ever.earnedNet()).isEqualTo(8);
        assertThat(ever.expectedBalance()).isEqualTo(12 - 4 + 7 - 6 + 6);
    }

    @Test
    void whenAPeriodIsGivenThenDeedsCountByTheDayTheyHappened() {
        List<PassbookEntry> entries = List.of(line(10, Posting.Source.AWARD, "2026-10-31"),
                line(3, Posting.Source.AWARD, "2026-11-01"), line(5, Posting.Source.CORRECTION, null));

        Movements november = Movements.of(entries, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

        assertThat(november).isEqualTo(new Movements(3, 0, 5, 0, 0, true));
    }

    @Test
    void whenOnlyCorrectionsAndRefundsHappenedThenTheHouseholdWasNotActive() {
        Movements quiet = Movements.of(List.of(line(5, Posting.Source.CORRECTION, null), line(2, Posting.Source.REFUND, null)),
                null, null);

        assertThat(quiet.active()).isFalse();
        assertThat(Movements.of(List.of(line(-1, Posting.Source.REDEMPTION, null)), null, null).active()).isTrue();
    }

    @Test
    void whenTwoSumsAreAddedThenEveryFigureAddsUp() {
        Movements a = new Movements(1, 2, 3, 4, 5, false);
        Movements b = new Movements(10, 20, 30, 40, 50, true);

        assertThat(a.plus(b)).isEqualTo(new Movements(11, 22, 33, 44, 55, true));
        assertThat(Movements.NONE.plus(a)).isEqualTo(a);
    }
}
