package org.villagegov.points.rule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.villagegov.platform.errors.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Which version applies to a deed: the village override in force that day, else the county rule. */
class RulesTests {

    static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    final RuleRepository repository = mock(RuleRepository.class);
    final Rules rules = new Rules(repository, mock(DefaultRules.class));

    static Rule.Terms terms(int points, boolean active, LocalDate from, Integer cap) {
        return new Rule.Terms(1, "Volunteer work", Rule.Category.PUBLIC_WELFARE, points, false, cap, active, "admin-1", NOW,
                from, null);
    }

    void store(Rule rule) {
        when(repository.findById(rule.id())).thenReturn(Optional.of(rule));
    }

    @Test
    void whenTheVillageHasNoOverrideThenTheCountyRuleApplies() {
        store(Rule.create("volunteering", null, null, terms(5, true, null, 8)));
        when(repository.findById("volunteering@v-1")).thenReturn(Optional.empty());

        assertThat(rules.find("volunteering", "v-1", TODAY))
                .contains(new EffectiveRule("volunteering", "volunteering", 1, "Volunteer work", 5, false, 8));
    }

    @Test
    void whenAnOverrideIsInForceOnTheDayThenItApplies() {
        store(Rule.create("volunteering", null, null, terms(5, true, null, 8)));
        Rule override = Rule.propose("volunteering", "t-1", "v-1", terms(6, true, TODAY, 8));
        override.approve("cadre-2", TODAY);
        store(override);

        assertThat(rules.find("volunteering", "v-1", TODAY)).map(EffectiveRule::points).contains(6);
        assertThat(rules.find("volunteering", "v-1", TODAY.minusDays(1))).map(EffectiveRule::points).contains(5);
    }

    @Test
    void whenTheRuleIsRetiredOrUnknownThenRequireRefusesNamingTheField() {
        store(Rule.create("littering", null, null, terms(-2, false, null, null)));
        when(repository.findById("unknown")).thenReturn(Optional.empty());

        assertThat(rules.find("littering", null, TODAY)).isEmpty();
        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> rules.require("unknown", null, TODAY, "ruleCode"))
                .satisfies(e -> assertThat(e.getMessage()).contains("Unknown or inactive rule 'unknown'"));
    }
}
