package org.villagegov.council.meeting;

import org.junit.jupiter.api.Test;
import org.villagegov.platform.errors.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VoteTests {

    @Test
    void whenMoreThanHalfAreThenTheMeetingHasQuorum() {
        assertThat(new Vote(25, 13, 7, 6, 0).checked().adopted()).isTrue();
        assertThatThrownBy(() -> new Vote(24, 12, 12, 0, 0).checked())
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).field()).isEqualTo("vote.present");
    }

    @Test
    void whenHalfOfThosePresentVoteForThenTheMotionIsNotAdopted() {
        assertThat(new Vote(25, 20, 10, 5, 5).checked().adopted()).isFalse();
        assertThat(new Vote(25, 20, 11, 0, 0).checked().adopted()).as("not voting counts as not for").isTrue();
    }

    @Test
    void whenTheCountsCannotBeThenRefused() {
        assertThatThrownBy(() -> new Vote(25, 26, 20, 0, 0).checked()).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new Vote(25, 20, 15, 5, 1).checked())
                .extracting(e -> ((RuleViolationException) e).field()).isEqualTo("vote.votesFor");
    }

    @Test
    void whenAVillagersOrRepresentativesMeetingHasFewerThanTwoThirdsThenNoQuorumNamingTheAttendance() {
        assertThat(new Vote(6, 4, 3, 1, 0).checked(Quorum.TWO_THIRDS, "householdIds").adopted()).isTrue();
        assertThatThrownBy(() -> new Vote(6, 3, 3, 0, 0).checked(Quorum.TWO_THIRDS, "householdIds"))
                .extracting(e -> ((RuleViolationException) e).field()).isEqualTo("householdIds");
        assertThatThrownBy(() -> new Vote(100, 66, 66, 0, 0).checked(Quorum.TWO_THIRDS, "householdIds"))
                .as("66 of 100 is short of two thirds").isInstanceOf(RuleViolationException.class);
        assertThat(new Vote(100, 67, 34, 33, 0).checked(Quorum.TWO_THIRDS, "householdIds").adopted())
                .as("34 of 67 present is more than half").isTrue();
    }
}
