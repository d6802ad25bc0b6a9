package org.villagegov.council.suggestion;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.villagegov.council.EventPayloads.types;

class BenchMeetingTests {

    @Test
    void whenABenchMeetingIsHeldThenItKeepsItsOwnCopyOfWhoCameAndTellsPoints() {
        List<String> households = new ArrayList<>(List.of("hh-1"));
        BenchMeeting meeting = BenchMeeting.hold("t-jinhu", "v-baisha", SuggestionTests.TODAY, "Courtyard", households,
                List.of("s-1"), "minutes", "cadre-1", SuggestionTests.NOW);
        households.add("hh-2");

        assertThat(meeting.householdIds()).containsExactly("hh-1");
        assertThatThrownBy(() -> meeting.suggestionIds().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(types(meeting)).containsExactly("meeting.attended");
    }
}
