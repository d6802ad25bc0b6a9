package org.villagegov.council.regulation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.villagegov.council.meeting.Vote;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A version goes DRAFT -> DISCUSSION -> ADOPTED or REJECTED -> PUBLISHED; the former published one is SUPERSEDED. */
class RegulationTests {

    static final LocalDate TODAY = LocalDate.parse("2026-11-24");
    static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");
    static final Map<Regulation.Area, String> SECTIONS = Map.of(Regulation.Area.HYGIENE, "Sweep before the door");

    static Regulation drafted() {
        return Regulation.draft("t-jinhu", "v-baisha", "Baisha compact", SECTIONS, "first", "cadre-1", NOW);
    }

    /** 6 entitled, 6 present, {@code votesFor} for. */
    static Vote vote(int votesFor) {
        return new Vote(6, 6, votesFor, 6 - votesFor, 0);
    }

    static Regulation published() {
        Regulation regulation = drafted();
        regulation.discuss(TODAY.minusDays(5), "talked through", TODAY);
        regulation.vote(TODAY.minusDays(3), vote(5), TODAY);
        regulation.publish(TODAY.minusDays(2), TODAY);
        return regulation;
    }

    @Test
    void whenDraftedDiscussedAdoptedAndPublishedThenTheVersionIsPublished() {
        Regulation regulation = drafted();
        assertThat(regulation.latest().status()).isEqualTo(Regulation.Status.DRAFT);
        regulation.discuss(TODAY.minusDays(5), "talked through", TODAY);
        assertThat(regulation.latest().status()).isEqualTo(Regulation.Status.DISCUSSION);
        regulation.vote(TODAY.minusDays(3), vote(5), TODAY);
        assertThat(regulation.latest().status()).isEqualTo(Regulation.Status.ADOPTED);
        regulation.publish(TODAY, TODAY);
        assertThat(regulation.latest().status()).isEqualTo(Regulation.Status.PUBLISHED);
        assertThat(regulation.latest().publishedOn()).isEqualTo(TODAY);
    }

    @Test
    void whenAStepIsTakenOutOfOrderThenConflict() {
        Regulation regulation = drafted();
        assertThatThrownBy(() -> regulation.vote(TODAY, vote(5), TODAY)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> regulation.publish(TODAY, TODAY)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> regulation.redraft(SECTIONS, "again", "c", NOW)).isInstanceOf(ConflictException.class);
        regulation.discuss(TODAY, "talked", TODAY);
        assertThatThrownBy(() -> regulation.discuss(TODAY, "again", TODAY)).isInstanceOf(ConflictException.class);
    }

    @Test
    void whenTheVoteFailsThenTheVersionIsRejectedAndANewOneMayBeDrafted() {
        Regulation regulation = drafted();
        regulation.discuss(TODAY, "talked", TODAY);
        regulation.vote(TODAY, vote(3), TODAY);
        assertThat(regulation.latest().status()).isEqualTo(Regulation.Status.REJECTED);
        regulation.redraft(SECTIONS, "second try", "cadre-1", NOW);
        assertThat(regulation.versions()).extracting(Regulation.Version::number).containsExactly(1, 2);
    }

    @Test
    void whenTheVoteHasNoQuorumThenRefusedNamingTheAttendanceAndNothingChanges() {
        Regulation regulation = drafted();
        regulation.discuss(TODAY, "talked", TODAY);
        assertThatThrownBy(() -> regulation.vote(TODAY, new Vote(6, 3, 3, 0, 0), TODAY))
                .isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("householdIds");
        assertThat(regulation.latest().status()).isEqualTo(Regulation.Status.DISCUSSION);
    }

    @Test
    void whenDatesGoBackwardsOrIntoTheFutureThenRefusedNamingTheDate() {
        Regulation regulation = drafted();
        assertThatThrownBy(() -> regulation.discuss(TODAY.plusDays(1), "s", TODAY))
                .isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("heldOn");
        regulation.discuss(TODAY.minusDays(1), "s", TODAY);
        assertThatThrownBy(() -> regulation.vote(TODAY.minusDays(2), vote(5), TODAY))
                .isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("heldOn");
        regulation.vote(TODAY, vote(5), TODAY);
        assertThatThrownBy(() -> regulation.publish(TODAY.minusDays(1), TODAY))
                .isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("publishedOn");
    }

    @Test
    void whenANewVersionIsPublishedThenTheFormerPublishedOneIsSuperseded() {
        Regulation regulation = published();
        regulation.redraft(SECTIONS, "second", "cadre-1", NOW);
        regulation.discuss(TODAY, "again", TODAY);
        regulation.vote(TODAY, vote(6), TODAY);
        regulation.publish(TODAY, TODAY);
        assertThat(regulation.versions()).extracting(Regulation.Version::status)
                .containsExactly(Regulation.Status.SUPERSEDED, Regulation.Status.PUBLISHED);
        assertThatThrownBy(() -> regulation.versions().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
