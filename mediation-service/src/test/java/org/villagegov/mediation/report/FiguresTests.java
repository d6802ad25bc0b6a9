package org.villagegov.mediation.report;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.villagegov.mediation.dispute.CaseFixtures;
import org.villagegov.mediation.dispute.MediationCase;
import org.villagegov.mediation.triage.Category;
import org.villagegov.mediation.triage.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.villagegov.mediation.dispute.CaseFixtures.TODAY;

/** The indicators counted from cases in memory. */
class FiguresTests {

    @Test
    void whenThereAreNoCasesThenEveryCountIsZeroAndTheMeansAreAbsent() {
        Figures none = Figures.of(List.of(), TODAY);

        assertThat(none.cases()).isZero();
        assertThat(none.byLevel()).containsOnlyKeys(Level.values()).allSatisfy((level, count) -> assertThat(count).isZero());
        assertThat(none.byCategory()).hasSize(Category.values().length);
        assertThat(none.resolutionRatePercent()).isZero();
        assertThat(none.medianDaysToResolve()).isNull();
        assertThat(none.meanSatisfaction()).isNull();
    }

    @Test
    void whenCasesEndedThenTheRateCountsAgreementsAgainstEveryEndedCaseAndRatingsAreAveraged() {
        MediationCase agreed = CaseFixtures.agreed(Level.VILLAGE);
        CaseFixtures.rate(agreed, "p1", 5);
        CaseFixtures.rate(agreed, "p2", 2);
        MediationCase failed = CaseFixtures.failed(Level.TOWNSHIP);
        MediationCase closedFailed = CaseFixtures.failed(Level.VILLAGE);
        CaseFixtures.close(closedFailed);
        MediationCase flaggedOpen = CaseFixtures.open(Level.COUNTY);
        CaseFixtures.flagRisk(flaggedOpen);

        Figures figures = Figures.of(List.of(agreed, failed, closedFailed, flaggedOpen), TODAY.plusDays(4));

        assertThat(figures.cases()).isEqualTo(4);
        assertThat(figures.agreements()).isEqualTo(1);
        assertThat(figures.endedWithoutAgreement()).isEqualTo(2);
        assertThat(figures.resolutionRatePercent()).isEqualTo(33.3);
        assertThat(figures.medianDaysToResolve()).isEqualTo(0.0);
        assertThat(figures.ratings()).isEqualTo(2);
        assertThat(figures.meanSatisfaction()).isEqualTo(3.5);
        assertThat(figures.openRiskFlags()).isEqualTo(1);
        assertThat(figures.overdue()).isEqualTo(1);
        assertThat(figures.byLevel()).containsEntry(Level.VILLAGE, 2L).containsEntry(Level.TOWNSHIP, 1L)
                .containsEntry(Level.COUNTY, 1L);
        assertThat(figures.byStatus()).containsEntry(MediationCase.Status.CLOSED, 1L);
    }
}
