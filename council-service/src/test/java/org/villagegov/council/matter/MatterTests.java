package org.villagegov.council.matter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.villagegov.council.meeting.MeetingKind;
import org.villagegov.council.meeting.Vote;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.villagegov.council.EventPayloads.types;

/** The six steps of "four discussions, two openness": only the next step is legal. */
class MatterTests {

    static final LocalDate TODAY = LocalDate.parse("2026-11-24");
    static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

    static Matter proposed() {
        return Matter.propose("t-jinhu", "v-baisha", "Road to the bay", Matter.Kind.PUBLIC_WORKS, 180_000, "harden it",
                TODAY.minusDays(10), null, "The branch proposes", "cadre-1", TODAY, NOW);
    }

    /** 9 entitled, all present (quorum either way), {@code votesFor} for. */
    static Vote vote(int votesFor) {
        return new Vote(9, 9, votesFor, 9 - votesFor, 0);
    }

    static void meet(Matter matter, Matter.Stage stage, int votesFor) {
        matter.meet(stage, TODAY.minusDays(5), vote(votesFor), "minutes", List.of("A", "B"), null, "cadre-1", TODAY, NOW);
    }

    static Matter resolved() {
        Matter matter = proposed();
        meet(matter, Matter.Stage.TWO_COMMITTEES, 9);
        meet(matter, Matter.Stage.PARTY_MEMBERS, 9);
        matter.resolve(MeetingKind.REPRESENTATIVES, TODAY.minusDays(3), vote(6), "minutes", List.of("hh-1", "hh-2"), null,
                "cadre-1", TODAY, NOW);
        return matter;
    }

    @Test
    void whenAMatterIsProposedThenItIsInProgressAtTheProposalWithOneStep() {
        Matter matter = proposed();
        assertThat(matter.stage()).isEqualTo(Matter.Stage.PROPOSAL);
        assertThat(matter.status()).isEqualTo(Matter.Status.IN_PROGRESS);
        assertThat(matter.steps()).singleElement().satisfies(step -> assertThat(step.passed()).isTrue());
        assertThat(types(matter)).as("the village's indicators follow every step").containsExactly("matter.proposed");
        assertThat(matter.published()).isFalse();
    }

    @Test
    void whenAProposalIsDatedInTheFutureOrThePartyVotedAgainstThenRefusedNamingTheField() {
        assertThatThrownBy(() -> Matter.propose("t", "v", "x", Matter.Kind.LAND, 1, null, TODAY.plusDays(1), null, "m",
                "c", TODAY, NOW)).isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("heldOn");
        assertThatThrownBy(() -> Matter.propose("t", "v", "x", Matter.Kind.LAND, 1, null, TODAY, vote(4), "m", "c",
                TODAY, NOW)).isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("vote.votesFor");
    }

    @Test
    void whenEveryStepIsTakenInOrderThenTheMatterIsAdoptedPublishedAndCompleted() {
        Matter matter = resolved();
        assertThat(matter.status()).isEqualTo(Matter.Status.ADOPTED);
        assertThat(types(matter)).containsExactly("matter.proposed", "matter.advanced", "matter.advanced",
                "meeting.attended", "matter.resolved", "matter.advanced");

        matter.publishResolution(TODAY.minusDays(2), "resolution text", "cadre-1", TODAY, NOW);
        assertThat(matter.published()).isTrue();
        matter.publishResult(TODAY, "road hardened", "cadre-1", TODAY, NOW);

        assertThat(matter.stage()).isEqualTo(Matter.Stage.RESULT_PUBLISHED);
        assertThat(matter.status()).isEqualTo(Matter.Status.COMPLETED);
        assertThat(matter.steps()).extracting(Matter.Step::stage).containsExactly(Matter.Stage.values());
        assertThat(types(matter)).containsExactly("matter.proposed", "matter.advanced", "matter.advanced",
                "meeting.attended", "matter.resolved", "matter.advanced", "matter.advanced", "matter.result-published",
                "matter.advanced");
    }

    @Test
    void whenAStepIsSkippedOrRepeatedThenConflict() {
        Matter matter = proposed();
        assertThatThrownBy(() -> meet(matter, Matter.Stage.PARTY_MEMBERS, 9)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> matter.requireNext(Matter.Stage.REPRESENTATIVES)).isInstanceOf(ConflictException.class);
        meet(matter, Matter.Stage.TWO_COMMITTEES, 9);
        assertThatThrownBy(() -> meet(matter, Matter.Stage.TWO_COMMITTEES, 9)).isInstanceOf(ConflictException.class);
        assertThat(matter.steps()).hasSize(2);
    }

    @Test
    void whenTheRepresentativesStepIsTakenAsAnOrdinaryMeetingThenRefused() {
        Matter matter = proposed();
        assertThatThrownBy(() -> meet(matter, Matter.Stage.REPRESENTATIVES, 9)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whenAMeetingRecordsNobodyOrHasNoQuorumThenRefusedNamingTheAttendance() {
        Matter matter = proposed();
        assertThatThrownBy(() -> matter.meet(Matter.Stage.TWO_COMMITTEES, TODAY, vote(9), "m", List.of(), null, "c", TODAY,
                NOW)).isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("attendees");
        assertThatThrownBy(() -> matter.meet(Matter.Stage.TWO_COMMITTEES, TODAY, new Vote(9, 4, 4, 0, 0), "m",
                List.of("A"), null, "c", TODAY, NOW))
                .isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("attendees");
        assertThat(matter.stage()).isEqualTo(Matter.Stage.PROPOSAL);
    }

    @Test
    void whenAStepIsDatedBeforeThePreviousOneOrInTheFutureThenRefusedNamingTheDate() {
        Matter matter = proposed();
        assertThatThrownBy(() -> matter.meet(Matter.Stage.TWO_COMMITTEES, TODAY.minusDays(11), vote(9), "m",
                List.of("A"), null, "c", TODAY, NOW))
                .isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("heldOn");
        assertThatThrownBy(() -> matter.meet(Matter.Stage.TWO_COMMITTEES, TODAY.plusDays(1), vote(9), "m",
                List.of("A"), null, "c", TODAY, NOW))
                .isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("heldOn");
    }

    @Test
    void whenAMeetingVotesAgainstThenTheMatterIsRejectedWithTheReasonAndNoFurtherStepIsHeld() {
        Matter matter = proposed();
        matter.meet(Matter.Stage.TWO_COMMITTEES, TODAY, vote(4), "m", List.of("A"), "too costly", "c", TODAY, NOW);
        assertThat(matter.status()).isEqualTo(Matter.Status.REJECTED);
        assertThat(matter.rejectionReason()).isEqualTo("too costly");
        assertThat(matter.rejectedOn()).as("the day of the meeting that voted it down").isEqualTo(TODAY);
        assertThat(types(matter)).containsExactly("matter.proposed", "matter.advanced", "matter.rejected");
        assertThatThrownBy(() -> meet(matter, Matter.Stage.PARTY_MEMBERS, 9)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> matter.reject("again", TODAY, NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void whenTheRepresentativesVoteAgainstThenAttendanceIsStillToldButNothingIsResolved() {
        Matter matter = proposed();
        meet(matter, Matter.Stage.TWO_COMMITTEES, 9);
        meet(matter, Matter.Stage.PARTY_MEMBERS, 9);
        matter.resolve(MeetingKind.VILLAGERS, TODAY, vote(4), "m", List.of("hh-1"), null, "c", TODAY, NOW);
        assertThat(matter.status()).isEqualTo(Matter.Status.REJECTED);
        assertThat(matter.rejectionReason()).startsWith("Not adopted at the REPRESENTATIVES meeting");
        assertThat(types(matter)).containsExactly("matter.proposed", "matter.advanced", "matter.advanced",
                "meeting.attended", "matter.advanced", "matter.rejected");
    }

    @Test
    void whenPublishingBeforeAdoptionOrTheResultBeforeTheResolutionThenConflict() {
        Matter matter = proposed();
        assertThatThrownBy(() -> matter.publishResolution(TODAY, "t", "c", TODAY, NOW)).isInstanceOf(ConflictException.class);
        Matter adopted = resolved();
        assertThatThrownBy(() -> adopted.publishResult(TODAY, "r", "c", TODAY, NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> adopted.publishResolution(TODAY.minusDays(4), "t", "c", TODAY, NOW))
                .isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("publishedOn");
    }

    @Test
    void whenAMatterInDeliberationIsRejectedThenItClosesWithTheReason() {
        Matter matter = proposed();
        matter.reject("unlawful", TODAY, NOW);
        assertThat(matter.status()).isEqualTo(Matter.Status.REJECTED);
        assertThat(matter.rejectionReason()).isEqualTo("unlawful");
        assertThat(matter.rejectedOn()).isEqualTo(TODAY);
        assertThat(types(matter)).containsExactly("matter.proposed", "matter.rejected");
        assertThatThrownBy(() -> resolvedAndRejected()).isInstanceOf(ConflictException.class);
    }

    private static void resolvedAndRejected() {
        resolved().reject("too late", TODAY, NOW);
    }

    @Test
    void whenTheStepsAreReadThenTheyCannotBeChangedFromOutside() {
        assertThatThrownBy(() -> proposed().steps().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
