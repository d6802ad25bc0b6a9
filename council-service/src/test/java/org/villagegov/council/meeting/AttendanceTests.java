package org.villagegov.council.meeting;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.villagegov.council.representative.Representatives;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.place.HouseholdPlace;
import org.villagegov.platform.place.PlaceGuard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Entitled and present come from the roll and the households found present, never from the request. */
class AttendanceTests {

    final PlaceGuard places = mock(PlaceGuard.class);
    final Representatives representatives = mock(Representatives.class);
    final Attendance attendance = new Attendance(places, representatives);

    void present(String... households) {
        when(places.householdsOf(anyList(), eq("v-baisha"), eq("householdIds"))).thenReturn(java.util.Arrays.stream(households)
                .map(id -> new HouseholdPlace(id, "t-jinhu", "v-baisha", null, null, null, "Head", 3, true)).toList());
    }

    @Test
    void whenTheRepresentativesMeetThenTheRosterIsEntitledAndTheHouseholdsFoundArePresent() {
        when(representatives.householdsOf("v-baisha")).thenReturn(List.of("hh-1", "hh-2", "hh-3"));
        present("hh-1", "hh-2");
        Attendance.Counted counted = attendance.count("v-baisha", MeetingKind.REPRESENTATIVES, List.of("hh-1", "hh-2"),
                new Tally(2, 0, 0), "householdIds");
        assertThat(counted.householdIds()).containsExactly("hh-1", "hh-2");
        assertThat(counted.vote()).isEqualTo(new Vote(3, 2, 2, 0, 0));
    }

    @Test
    void whenSomeoneNotOnTheRosterOrNoRosterExistsThenRefusedNamingTheAttendance() {
        present("hh-9");
        when(representatives.householdsOf("v-baisha")).thenReturn(List.of());
        assertThatThrownBy(() -> attendance.count("v-baisha", MeetingKind.REPRESENTATIVES, List.of("hh-9"),
                new Tally(1, 0, 0), "householdIds")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("no roster");
        when(representatives.householdsOf("v-baisha")).thenReturn(List.of("hh-1"));
        assertThatThrownBy(() -> attendance.count("v-baisha", MeetingKind.REPRESENTATIVES, List.of("hh-9"),
                new Tally(1, 0, 0), "householdIds")).isInstanceOf(RuleViolationException.class)
                .extracting("field").isEqualTo("householdIds");
    }

    @Test
    void whenTheVillagersMeetThenEveryActiveHouseholdIsEntitledAndTwoThirdsMustCome() {
        when(places.householdCount("v-baisha")).thenReturn(4L);
        present("hh-1", "hh-2");
        assertThatThrownBy(() -> attendance.count("v-baisha", MeetingKind.VILLAGERS, List.of("hh-1", "hh-2"),
                new Tally(2, 0, 0), "householdIds")).isInstanceOf(RuleViolationException.class)
                .extracting("field").isEqualTo("householdIds");
        present("hh-1", "hh-2", "hh-3");
        assertThat(attendance.count("v-baisha", MeetingKind.VILLAGERS, List.of("hh-1", "hh-2", "hh-3"),
                new Tally(2, 1, 0), "householdIds").vote()).isEqualTo(new Vote(4, 3, 2, 1, 0));
    }
}
