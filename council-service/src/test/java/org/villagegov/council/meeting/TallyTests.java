package org.villagegov.council.meeting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TallyTests {

    @Test
    void whenAttendanceIsKnownThenTheTallyBecomesTheFullCount() {
        Vote vote = new Tally(7, 2, 1).of(12, 10);
        assertThat(vote).isEqualTo(new Vote(12, 10, 7, 2, 1));
        assertThat(vote.summary()).isEqualTo("7 for, 2 against, 1 abstaining, 10 of 12 present");
    }
}
