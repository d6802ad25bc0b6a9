package org.villagegov.mediation.indicator;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.villagegov.mediation.dispute.CaseFixtures;
import org.villagegov.mediation.dispute.MediationCase;
import org.villagegov.mediation.triage.Level;
import org.villagegov.platform.indicator.Counter;
import org.villagegov.platform.indicator.VillageHistory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.villagegov.mediation.indicator.MediationIndicators.*;

/**
 * A village's counter changes worked out from hand-built cases, each step on a day of its own:
 * flows on their day, stocks held from one day until another, overdue from the day after a
 * deadline, the days to an agreement in the histogram.
 */
class MediationIndicatorsTests {

    static LocalDate day(String monthDay) {
        return LocalDate.parse("2026-" + monthDay);
    }

    /** Agreed at the village, then closed. */
    static MediationCase agreed() {
        return CaseFixtures.story("a", Level.VILLAGE, day("10-01")).accept(day("10-02")).agree(day("10-11"))
                .close(day("10-20")).c();
    }

    /** Failed at the village, left waiting past its next-step deadline (10-17), escalated; not accepted above. */
    static MediationCase escalated() {
        return CaseFixtures.story("b", Level.VILLAGE, day("10-01")).accept(day("10-03")).fail(day("10-10"))
                .escalate(day("10-20")).c();
    }

    /** Failed and referred to arbitration: ended without agreement. */
    static MediationCase referred() {
        return CaseFixtures.story("c", Level.VILLAGE, day("11-01")).accept(day("11-01")).fail(day("11-05"))
                .refer(day("11-06")).c();
    }

    static VillageHistory history(MediationCase... cases) {
        return MediationIndicators.history("v-baisha", List.of(cases));
    }

    /** A stock as of that day: every change up to it. */
    static long stock(VillageHistory history, String counter, LocalDate asOf) {
        return history.changes().entrySet().stream().filter(e -> !e.getKey().isAfter(asOf))
                .mapToLong(e -> e.getValue().getOrDefault(counter, 0L)).sum();
    }

    /** A flow over [from, to]. */
    static long flow(VillageHistory history, String counter, LocalDate from, LocalDate to) {
        return history.changes().entrySet().stream().filter(e -> !e.getKey().isBefore(from) && !e.getKey().isAfter(to))
                .mapToLong(e -> e.getValue().getOrDefault(counter, 0L)).sum();
    }

    @Test
    void whenCasesAreOpenedAgreedAndClosedThenFlowsCountOnTheirDay() {
        VillageHistory h = history(agreed(), escalated(), referred());

        assertThat(h.townshipId()).isEqualTo("t-jinhu");
        assertThat(flow(h, OPENED, day("10-01"), day("10-31"))).isEqualTo(2);
        assertThat(flow(h, OPENED, day("11-01"), day("11-30"))).isEqualTo(1);
        assertThat(h.changes().get(day("10-11"))).containsEntry(AGREED, 1L).containsEntry(AGREED_AT_VILLAGE, 1L)
                .containsEntry(DAYS_TO_AGREEMENT + "_10", 1L);
        assertThat(flow(h, CLOSED, day("10-20"), day("10-20"))).isEqualTo(1);
        assertThat(flow(h, CLOSED, day("11-06"), day("11-06"))).isEqualTo(1);
        assertThat(flow(h, ESCALATIONS, day("10-20"), day("10-20"))).isEqualTo(1);
        // the escalated failure did not end the mediation; the referred one did, on the day it failed
        assertThat(flow(h, FAILED_ENDED, day("10-01"), day("10-31"))).isZero();
        assertThat(h.changes().get(day("11-05"))).containsEntry(FAILED_ENDED, 1L);
    }

    @Test
    void whenACaseIsEscalatedThenItCountsAtEachLevelForItsStayThere() {
        VillageHistory h = history(agreed(), escalated(), referred());

        assertThat(stock(h, AT_VILLAGE, day("10-15"))).isEqualTo(2);
        assertThat(stock(h, AT_VILLAGE, day("10-19"))).as("both leave on 10-20").isEqualTo(2);
        assertThat(stock(h, AT_VILLAGE, day("10-25"))).isZero();
        assertThat(stock(h, AT_TOWNSHIP, day("10-19"))).isZero();
        assertThat(stock(h, AT_TOWNSHIP, day("10-20"))).isEqualTo(1);
        assertThat(stock(h, AT_VILLAGE, day("11-03"))).isEqualTo(1);
        assertThat(stock(h, AT_VILLAGE, day("11-06"))).isZero();
        assertThat(stock(h, AT_COUNTY, day("12-31"))).isZero();
    }

    @Test
    void whenACaseMovesThroughItsStatusesThenEachStatusHoldsItFromOneStepToTheNext() {
        VillageHistory h = history(agreed(), escalated());

        assertThat(stock(h, AWAITING_ACCEPTANCE, day("10-01"))).isEqualTo(2);
        assertThat(stock(h, AWAITING_ACCEPTANCE, day("10-02"))).isEqualTo(1);
        assertThat(stock(h, IN_MEDIATION, day("10-03"))).isEqualTo(2);
        assertThat(stock(h, IN_MEDIATION, day("10-10"))).isEqualTo(1);
        assertThat(stock(h, FAILED_OPEN, day("10-10"))).isEqualTo(1);
        assertThat(stock(h, AGREED_OPEN, day("10-11"))).isEqualTo(1);
        assertThat(stock(h, AGREED_OPEN, day("10-20"))).isZero();
        assertThat(stock(h, FAILED_OPEN, day("10-20"))).isZero();
        // back to awaiting acceptance, one level up
        assertThat(stock(h, AWAITING_ACCEPTANCE, day("10-20"))).isEqualTo(1);
    }

    @Test
    void whenADeadlinePassesThenOverdueFromTheNextDayUntilTheStepOrTheEscalationPerLevel() {
        VillageHistory h = history(escalated());

        // the village's next-step deadline 10-17: overdue 10-18 and 10-19, gone with the escalation on 10-20
        assertThat(stock(h, OVERDUE, day("10-17"))).isZero();
        assertThat(stock(h, OVERDUE, day("10-18"))).isEqualTo(1);
        assertThat(stock(h, OVERDUE, day("10-20"))).isZero();
        // the township's acceptance deadline 10-23, dated ahead: overdue from 10-24 without anything running
        assertThat(stock(h, OVERDUE, day("10-23"))).isZero();
        assertThat(stock(h, OVERDUE, day("10-24"))).isEqualTo(1);
        assertThat(stock(h, OVERDUE, day("12-31"))).isEqualTo(1);
    }

    @Test
    void whenTriageMovesAnOpenCaseThenItCountsAtTheNewLevelFromTheStart() {
        MediationCase retriaged = CaseFixtures.story("d", Level.VILLAGE, day("11-10")).retriage(Level.TOWNSHIP).c();

        VillageHistory h = history(retriaged);

        assertThat(stock(h, AT_TOWNSHIP, day("11-10"))).isEqualTo(1);
        assertThat(stock(h, AT_VILLAGE, day("11-10"))).isZero();
    }

    @Test
    void whenTheHistoryIsWorkedOutTwiceThenTheSameAndOnlyDeclaredCountersAppear() {
        MediationCase[] cases = {agreed(), escalated(), referred()};
        Map<LocalDate, Map<String, Long>> first = history(cases).changes();

        assertThat(history(cases).changes()).isEqualTo(first);
        Set<String> declared = new MediationIndicators(null).counters().stream().map(Counter::name)
                .collect(Collectors.toSet());
        assertThat(declared).hasSize(14 + LAST_DAY + 1);
        first.values().forEach(changes -> assertThat(declared).containsAll(changes.keySet()));
        assertThat(history().changes()).isEmpty();
        assertThat(history().townshipId()).isNull();
    }

    @Test
    void whenTheIndicatorsAreListedThenKeysAreUniqueAndLabelsChinese() {
        var indicators = new MediationIndicators(null).indicators();

        assertThat(indicators.stream().map(i -> i.key()).distinct()).hasSize(indicators.size());
        assertThat(indicators).allSatisfy(i -> assertThat(i.label()).matches(".*[\\u4e00-\\u9fff].*"));
    }
}
