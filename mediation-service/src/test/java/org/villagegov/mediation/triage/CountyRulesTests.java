package org.villagegov.mediation.triage;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Triage as a pure rule: which level a case starts at, from category, amount and where its parties live. */
class CountyRulesTests {

    private final CountyRules defaults = CountyRules.defaults();

    @ParameterizedTest(name = "{0}, {1} yuan, {2} villages, {3} townships, outsiders {4} -> {5}")
    @CsvSource({
            "NEIGHBOURHOOD, 500, 1, 1, false, VILLAGE",
            "LAND, 0, 1, 1, false, TOWNSHIP",
            "LABOUR, 0, 1, 1, false, TOWNSHIP",
            "FAMILY, 10000, 1, 1, false, VILLAGE",
            "FAMILY, 10001, 1, 1, false, TOWNSHIP",
            "DEBT, 100000, 1, 1, false, TOWNSHIP",
            "DEBT, 100001, 1, 1, false, COUNTY",
            "NEIGHBOURHOOD, 0, 2, 1, false, TOWNSHIP",
            "NEIGHBOURHOOD, 0, 1, 1, true, TOWNSHIP",
            "NEIGHBOURHOOD, 0, 2, 2, false, COUNTY",
            "LAND, 0, 0, 0, false, TOWNSHIP"})
    void whenTheDefaultRulesTriageACaseThenTheHighestLevelAnyRuleAsksForWins(Category category, long amount, int villages,
                                                                           int townships, boolean outsiders, Level level) {
        assertThat(defaults.triage(category, amount, new PartySpread(villages, townships, outsiders))).isEqualTo(level);
    }

    @Test
    void whenACountyLowersItsRulesThenSeveralVillagesAndOutsidersStayAtTheVillage() {
        CountyRules rules = CountyRules.defaults();
        rules.update(Map.of(Category.LAND, Level.COUNTY), 1_000, 50_000, false, false, 5, 60, 20, null, "admin-1",
                Instant.parse("2026-11-24T02:00:00Z"));

        assertThat(rules.triage(Category.NEIGHBOURHOOD, 0, new PartySpread(3, 1, true))).isEqualTo(Level.VILLAGE);
        assertThat(rules.triage(Category.LAND, 0, new PartySpread(1, 1, false))).isEqualTo(Level.COUNTY);
        assertThat(rules.triage(Category.DEBT, 1_001, new PartySpread(1, 1, false))).isEqualTo(Level.TOWNSHIP);
        assertThat(rules.categoryLevels()).containsEntry(Category.FAMILY, Level.VILLAGE).hasSize(Category.values().length);
    }

    @Test
    void whenTheRulesChangeWithoutFailedDaysThenTheOldValueStaysAndAMissingOneIsTheDefault() {
        CountyRules rules = CountyRules.defaults();
        rules.update(Map.of(), 1, 2, true, true, 3, 30, 30, 14, "admin-1", Instant.EPOCH);
        rules.update(Map.of(), 1, 2, true, true, 3, 30, 30, null, "admin-1", Instant.EPOCH);
        assertThat(rules.failedDays()).isEqualTo(14);
        assertThat(rules.acceptanceDays()).isEqualTo(3);
        assertThat(new CountyRules().failedDays()).isEqualTo(CountyRules.DEFAULT_FAILED_DAYS);
    }

    @Test
    void whenTheDefaultsAreWrittenThenDeadlinesAreThreeThirtyThirtyAndSevenDays() {
        assertThat(defaults.acceptanceDays()).isEqualTo(3);
        assertThat(defaults.resolutionDays()).isEqualTo(30);
        assertThat(defaults.followUpDays()).isEqualTo(30);
        assertThat(defaults.failedDays()).isEqualTo(7);
    }
}
