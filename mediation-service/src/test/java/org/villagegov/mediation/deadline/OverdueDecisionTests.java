package org.villagegov.mediation.deadline;

import org.junit.jupiter.api.Test;
import org.villagegov.mediation.dispute.CaseFixtures;
import org.villagegov.mediation.triage.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.villagegov.mediation.dispute.CaseFixtures.TODAY;

/** What the deadline check does with a case, decided without the database. */
class OverdueDecisionTests {

    @Test
    void whenACaseIsWithinItsDeadlineThenNothingHappens() {
        assertThat(OverdueDecision.of(CaseFixtures.open(Level.VILLAGE), TODAY.plusDays(3)))
                .isEqualTo(new OverdueDecision.Nothing());
        assertThat(OverdueDecision.of(CaseFixtures.agreed(Level.VILLAGE), TODAY.plusDays(300)))
                .isEqualTo(new OverdueDecision.Nothing());
    }

    @Test
    void whenACaseMissesADeadlineBelowTheCountyThenEscalatedWithThatDeadlineInTheReason() {
        assertThat(OverdueDecision.of(CaseFixtures.open(Level.VILLAGE), TODAY.plusDays(4)))
                .isEqualTo(new OverdueDecision.Escalate("overdue: not accepted by 2026-11-27"));
        assertThat(OverdueDecision.of(CaseFixtures.inMediation(Level.TOWNSHIP), TODAY.plusDays(31)))
                .isEqualTo(new OverdueDecision.Escalate("overdue: not resolved by 2026-12-24"));
        assertThat(OverdueDecision.of(CaseFixtures.failed(Level.VILLAGE), TODAY.plusDays(8)))
                .isEqualTo(new OverdueDecision.Escalate("overdue: failed and left waiting past 2026-12-01"));
    }

    @Test
    void whenACountyLevelCaseIsOverdueThenItStaysWhereItIsAndOnlyAFailedOneIsFlagged() {
        assertThat(OverdueDecision.of(CaseFixtures.open(Level.COUNTY), TODAY.plusDays(4)))
                .isEqualTo(new OverdueDecision.Nothing());
        assertThat(OverdueDecision.of(CaseFixtures.inMediation(Level.COUNTY), TODAY.plusDays(31)))
                .isEqualTo(new OverdueDecision.Nothing());
        assertThat(OverdueDecision.of(CaseFixtures.failed(Level.COUNTY), TODAY.plusDays(8)))
                .isEqualTo(new OverdueDecision.FlagFailed());
    }
}
