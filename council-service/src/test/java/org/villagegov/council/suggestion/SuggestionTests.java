package org.villagegov.council.suggestion;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.villagegov.council.EventPayloads.types;

/** Raised, discussed, solved on the spot or assigned and answered, or not feasible; rated once; overdue. */
class SuggestionTests {

    static final LocalDate TODAY = LocalDate.parse("2026-11-24");
    static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

    static Suggestion raised() {
        return Suggestion.raise("t-jinhu", "v-baisha", "hh-1", "Street light", "The lane is dark", "villager-1",
                "VILLAGER", TODAY, NOW);
    }

    static Suggestion discussed() {
        Suggestion suggestion = raised();
        suggestion.discussedAt("bench-1");
        return suggestion;
    }

    static Suggestion assigned(LocalDate deadline) {
        Suggestion suggestion = discussed();
        suggestion.assign("Township works office", deadline, deadline.minusDays(1), NOW);
        return suggestion;
    }

    @Test
    void whenRaisedThenItAwaitsABenchMeeting() {
        Suggestion suggestion = raised();
        assertThat(suggestion.status()).isEqualTo(Suggestion.Status.RAISED);
        assertThat(suggestion.raisedOn()).isEqualTo(TODAY);
        assertThat(types(suggestion)).containsExactly("suggestion.raised");
        suggestion.discussedAt("bench-1");
        assertThat(suggestion.status()).isEqualTo(Suggestion.Status.DISCUSSED);
        assertThat(suggestion.meetingId()).isEqualTo("bench-1");
        assertThatThrownBy(() -> suggestion.discussedAt("bench-2")).isInstanceOf(ConflictException.class);
    }

    @Test
    void whenSolvedOnTheSpotThenItIsResolvedOnTime() {
        Suggestion suggestion = discussed();
        suggestion.solveOnSpot("Bulb replaced", TODAY, NOW);
        assertThat(suggestion.status()).isEqualTo(Suggestion.Status.SOLVED_ON_SPOT);
        assertThat(suggestion.onTime()).isTrue();
        assertThat(suggestion.resolvedOn()).isEqualTo(TODAY);
        assertThat(types(suggestion)).containsExactly("suggestion.raised", "suggestion.resolved");
    }

    @Test
    void whenNotYetDiscussedThenItCannotBeSolvedAssignedOrFoundNotFeasible() {
        Suggestion suggestion = raised();
        assertThatThrownBy(() -> suggestion.solveOnSpot("x", TODAY, NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> suggestion.assign("x", TODAY.plusDays(3), TODAY, NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> suggestion.answer("x", TODAY, NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> suggestion.notFeasible("x", TODAY, NOW)).isInstanceOf(ConflictException.class);
        assertThat(types(suggestion)).as("only its raising").containsExactly("suggestion.raised");
    }

    @Test
    void whenAssignedWithADeadlineNotAfterTodayThenRefusedNamingTheDeadline() {
        assertThatThrownBy(() -> discussed().assign("office", TODAY, TODAY, NOW))
                .isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("deadline");
    }

    @Test
    void whenAnsweredByTheDeadlineThenOnTimeAndAfterItLate() {
        Suggestion onTime = assigned(TODAY);
        onTime.answer("Done", TODAY, NOW);
        assertThat(onTime.status()).isEqualTo(Suggestion.Status.ANSWERED);
        assertThat(onTime.onTime()).as("the deadline day itself is on time").isTrue();
        assertThat(onTime.assignedOn()).isEqualTo(TODAY.minusDays(1));
        assertThat(types(onTime)).containsExactly("suggestion.raised", "suggestion.assigned", "suggestion.resolved");

        Suggestion late = assigned(TODAY.minusDays(1));
        late.answer("Done", TODAY, NOW);
        assertThat(late.onTime()).isFalse();
        assertThat(types(late)).containsExactly("suggestion.raised", "suggestion.assigned", "suggestion.resolved");
    }

    @Test
    void whenAnAssignedSuggestionPassesItsDeadlineThenItIsOverdueUntilAnswered() {
        Suggestion suggestion = assigned(TODAY.minusDays(1));
        assertThat(suggestion.overdue(TODAY.minusDays(1))).isFalse();
        assertThat(suggestion.overdue(TODAY)).isTrue();
        suggestion.answer("Done", TODAY, NOW);
        assertThat(suggestion.overdue(TODAY)).isFalse();
        assertThat(discussed().overdue(TODAY.plusYears(1))).isFalse();
    }

    @Test
    void whenFoundNotFeasibleThenItClosesWithTheReasonAndRaisesNoResolution() {
        for (Suggestion suggestion : new Suggestion[] {discussed(), assigned(TODAY.plusDays(3))}) {
            suggestion.notFeasible("No budget", TODAY, NOW);
            assertThat(suggestion.status()).isEqualTo(Suggestion.Status.NOT_FEASIBLE);
            assertThat(suggestion.notFeasibleReason()).isEqualTo("No budget");
            assertThat(types(suggestion)).as("no adoption points: no suggestion.resolved")
                    .doesNotContain("suggestion.resolved").endsWith("suggestion.found-not-feasible");
        }
        assertThatThrownBy(() -> discussed().notFeasible(" ", TODAY, NOW))
                .isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("reason");
    }

    @Test
    void whenClosedThenOnlyTheOneWhoRaisedItRatesItOnce() {
        Suggestion suggestion = discussed();
        assertThatThrownBy(() -> suggestion.rate(5, "villager-1")).as("not closed yet").isInstanceOf(ConflictException.class);
        suggestion.solveOnSpot("Bulb replaced", TODAY, NOW);
        assertThatThrownBy(() -> suggestion.rate(5, "villager-2")).isInstanceOf(AccessDeniedException.class);
        suggestion.rate(4, "villager-1");
        assertThat(suggestion.rating()).isEqualTo(4);
        assertThatThrownBy(() -> suggestion.rate(5, "villager-1")).isInstanceOf(ConflictException.class);
    }
}
