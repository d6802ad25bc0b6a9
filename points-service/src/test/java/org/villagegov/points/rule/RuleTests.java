package org.villagegov.points.rule;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RuleTests {

    static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    static Rule.Terms terms(int version, int points, String by, LocalDate effectiveFrom) {
        return new Rule.Terms(version, "Volunteer work", Rule.Category.PUBLIC_WELFARE, points, false, 8, true, by, NOW,
                effectiveFrom, null);
    }

    static Rule countyRule() {
        return Rule.create("volunteering", null, null, terms(1, 5, "admin-1", null));
    }

    static Rule override(LocalDate effectiveFrom) {
        return Rule.propose("volunteering", "t-1", "v-1", terms(1, 6, "cadre-1", effectiveFrom));
    }

    @Test
    void whenACountyRuleIsCreatedThenItIsInForceAtOnceAndSinceEver() {
        Rule rule = countyRule();

        assertThat(rule.id()).isEqualTo("volunteering");
        assertThat(rule.villageOverride()).isFalse();
        assertThat(rule.inForceOn(LocalDate.of(2000, 1, 1))).map(Rule.Terms::points).contains(5);
    }

    @Test
    void whenAnOverrideIsProposedThenNothingOfItIsInForceBeforeApproval() {
        Rule rule = override(TODAY);

        assertThat(rule.id()).isEqualTo("volunteering@v-1");
        assertThat(rule.villageOverride()).isTrue();
        assertThat(rule.current()).isNull();
        assertThat(rule.inForceOn(TODAY)).isEmpty();
        assertThat(rule.pending().points()).isEqualTo(6);
    }

    @Test
    void whenTheProposerApprovesThenRefusedNamingTheApprover() {
        Rule rule = override(TODAY);

        assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> rule.approve("cadre-1", TODAY));
        assertThat(rule.pending()).isNotNull();
    }

    @Test
    void whenASecondPersonApprovesThenTheOverrideIsInForceFromTheLaterOfItsDayAndToday() {
        Rule asked = override(TODAY.plusDays(7));
        Rule late = override(TODAY.minusDays(1));

        asked.approve("cadre-2", TODAY);
        late.approve("cadre-2", TODAY);

        assertThat(asked.current().effectiveFrom()).isEqualTo(TODAY.plusDays(7));
        assertThat(asked.current().approvedBy()).isEqualTo("cadre-2");
        assertThat(asked.pending()).isNull();
        assertThat(asked.inForceOn(TODAY)).isEmpty();
        assertThat(asked.inForceOn(TODAY.plusDays(7))).map(Rule.Terms::points).contains(6);
        assertThat(late.current().effectiveFrom()).isEqualTo(TODAY);
    }

    @Test
    void whenNothingWaitsThenApprovingOrRejectingIsAConflict() {
        Rule rule = countyRule();

        assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> rule.approve("admin-2", TODAY));
        assertThatExceptionOfType(ConflictException.class).isThrownBy(rule::reject);
    }

    @Test
    void whenAPendingChangeIsRejectedThenTheVersionInForceStays() {
        Rule rule = override(TODAY);
        rule.approve("cadre-2", TODAY);
        rule.proposeChange("Volunteer work", Rule.Category.PUBLIC_WELFARE, 7, false, 8, true, "cadre-1", NOW, TODAY);

        rule.reject();

        assertThat(rule.pending()).isNull();
        assertThat(rule.current().points()).isEqualTo(6);
        assertThat(rule.history()).isEmpty();
    }

    @Test
    void whenACountyRuleChangesThenANewVersionAppliesFromItsDayAndOldDeedsKeepTheOldOne() {
        Rule rule = countyRule();

        rule.change("Volunteer work", Rule.Category.PUBLIC_WELFARE, 8, false, 8, true, "admin-1", NOW, TODAY);

        assertThat(rule.current().ruleVersion()).isEqualTo(2);
        assertThat(rule.history()).extracting(Rule.Terms::ruleVersion).containsExactly(1);
        assertThat(rule.inForceOn(TODAY.minusDays(1))).map(Rule.Terms::points).contains(5);
        assertThat(rule.inForceOn(TODAY)).map(Rule.Terms::points).contains(8);
    }

    @Test
    void whenTheHistoryIsHandedOutThenItCannotBeChanged() {
        Rule rule = countyRule();
        rule.change("Volunteer work", Rule.Category.PUBLIC_WELFARE, 8, false, 8, true, "admin-1", NOW, TODAY);

        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> rule.history().clear());
    }

    @Test
    void whenAChangedOverrideIsApprovedThenItGetsTheNextVersion() {
        Rule rule = override(TODAY);
        rule.approve("cadre-2", TODAY);
        rule.proposeChange("Volunteer work", Rule.Category.PUBLIC_WELFARE, 7, false, 8, true, "cadre-1", NOW,
                TODAY.plusDays(1));

        rule.approve("cadre-2", TODAY);

        assertThat(rule.current().ruleVersion()).isEqualTo(2);
        assertThat(rule.inForceOn(TODAY)).map(Rule.Terms::points).contains(6);
        assertThat(rule.inForceOn(TODAY.plusDays(1))).map(Rule.Terms::points).contains(7);
    }
}
