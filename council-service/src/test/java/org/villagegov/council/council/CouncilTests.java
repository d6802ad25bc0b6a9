package org.villagegov.council.council;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CouncilTests {

    static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");
    static final LocalDate START = LocalDate.parse("2026-01-01");

    static Council.Member member(String id, boolean president) {
        return new Council.Member(id, "Member " + id, null, Council.Category.OTHER, president);
    }

    @Test
    void whenATermIsSeatedThenItIsCurrentAndTheFormerGoesToHistory() {
        Council council = TestCouncils.formed(5);
        assertThat(council.currentTerm()).isNull();
        council.seat(START, START.plusYears(5), List.of(member("a", true)), null, NOW);
        council.seat(START.plusYears(5), START.plusYears(10), List.of(member("b", true)), "e-1", NOW);

        assertThat(council.currentTerm().number()).isEqualTo(2);
        assertThat(council.currentTerm().electionId()).isEqualTo("e-1");
        assertThat(council.pastTerms()).extracting(Council.Term::number).containsExactly(1);
        assertThat(council.seatedBy("e-1")).isTrue();
        assertThat(council.seatedBy("e-2")).isFalse();
    }

    @Test
    void whenATermEndsBeforeItStartsOrHasTooManyMembersOrTwoPresidentsThenRefusedNamingTheField() {
        Council council = TestCouncils.formed(3);
        assertThatThrownBy(() -> council.seat(START, START, List.of(), null, NOW))
                .isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("end");
        assertThatThrownBy(() -> council.seat(START, START.plusYears(1),
                List.of(member("a", false), member("b", false), member("c", false), member("d", false)), null, NOW))
                .isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("members");
        assertThatThrownBy(() -> council.seat(START, START.plusYears(1), List.of(member("a", true), member("b", true)),
                null, NOW)).isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("members");
        assertThat(council.currentTerm()).isNull();
    }

    @Test
    void whenANewTermStartsBeforeTheCurrentOneThenRefusedAndHistoryIsUnchanged() {
        Council council = TestCouncils.seated(5, START, List.of(member("a", true)));
        assertThatThrownBy(() -> council.seat(START.minusDays(1), START.plusYears(1), List.of(), null, NOW))
                .isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("start");
        assertThat(council.pastTerms()).isEmpty();
    }

    @Test
    void whenThePresidentIsDesignatedThenOnlyThatMemberPresides() {
        Council council = TestCouncils.seated(5, START, List.of(member("a", true), member("b", false)));
        council.designatePresident("b");
        assertThat(council.currentTerm().members()).extracting(Council.Member::president).containsExactly(false, true);
        assertThatThrownBy(() -> council.designatePresident("nobody")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> TestCouncils.formed(5).designatePresident("a")).isInstanceOf(ConflictException.class);
    }

    @Test
    void whenTheHistoryIsReadThenItCannotBeChangedFromOutside() {
        Council council = TestCouncils.seated(5, START, List.of(member("a", true)));
        council.seat(START.plusYears(1), START.plusYears(2), List.of(), null, NOW);
        assertThatThrownBy(() -> council.pastTerms().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
