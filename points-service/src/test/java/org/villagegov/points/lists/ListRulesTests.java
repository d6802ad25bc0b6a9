package org.villagegov.points.lists;

import org.junit.jupiter.api.Test;
import org.villagegov.points.account.Movements;

import static org.assertj.core.api.Assertions.assertThat;

class ListRulesTests {

    final ListRules rules = new ListRules(20, 10);

    static Movements period(long earned, long deducted) {
        return new Movements(earned, deducted, 0, 0, 0, true);
    }

    @Test
    void whenAHouseholdEarnedEnoughWithNothingDeductedThenRed() {
        assertThat(rules.judge(period(20, 0)))
                .contains(new ListRules.Verdict(ListEntry.Kind.RED, "20 points earned in the period"));
    }

    @Test
    void whenAHouseholdWasDeductedEnoughThenBlackWhateverItEarned() {
        assertThat(rules.judge(period(100, 10)))
                .contains(new ListRules.Verdict(ListEntry.Kind.BLACK, "10 points deducted in the period"));
    }

    @Test
    void whenSomethingWasDeductedThenNotRedEvenIfItEarnedMuch() {
        assertThat(rules.judge(period(100, 2))).isEmpty();
    }

    @Test
    void whenBelowBothThresholdsThenOnNoList() {
        assertThat(rules.judge(period(19, 0))).isEmpty();
        assertThat(rules.judge(period(0, 9))).isEmpty();
        assertThat(rules.judge(Movements.NONE)).isEmpty();
    }
}
