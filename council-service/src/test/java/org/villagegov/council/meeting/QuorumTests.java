package org.villagegov.council.meeting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuorumTests {

    @Test
    void whenExactlyHalfAreThereThenMoreThanHalfIsNotMet() {
        assertThat(Quorum.MORE_THAN_HALF.met(5, 10)).isFalse();
        assertThat(Quorum.MORE_THAN_HALF.met(6, 10)).isTrue();
        assertThat(Quorum.MORE_THAN_HALF.met(1, 1)).isTrue();
    }

    @Test
    void whenExactlyTwoThirdsAreThereThenTwoThirdsIsMet() {
        assertThat(Quorum.TWO_THIRDS.met(2, 3)).isTrue();
        assertThat(Quorum.TWO_THIRDS.met(6, 9)).isTrue();
        assertThat(Quorum.TWO_THIRDS.met(5, 9)).isFalse();
    }

    @Test
    void whenTheCountsAreHugeThenNothingOverflows() {
        assertThat(Quorum.TWO_THIRDS.met(Integer.MAX_VALUE, Integer.MAX_VALUE)).isTrue();
        assertThat(Quorum.MORE_THAN_HALF.met(Integer.MAX_VALUE, Integer.MAX_VALUE)).isTrue();
    }
}
