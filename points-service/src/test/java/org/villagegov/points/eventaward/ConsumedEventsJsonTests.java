package org.villagegov.points.eventaward;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.villagegov.platform.messaging.EventJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The payloads this service reads, as CONTRACTS.md shows them (fields it does not need included):
 * its own copies of the records must read them, and must survive a producer adding a field.
 */
class ConsumedEventsJsonTests {

    @Test
    void whenMeetingAttendedArrivesThenItsHouseholdsAndDayAreRead() {
        var event = EventJson.MAPPER.readValue("""
                {"meetingId":"m-1","matterId":"mt-1","townshipId":"t-1","villageId":"v-1","householdIds":["hh-1","hh-2"],
                 "heldOn":"2026-11-20","kind":"REPRESENTATIVES","suggestionIds":["s-1"]}
                """, EventAwards.MeetingAttended.class);

        assertThat(event).isEqualTo(new EventAwards.MeetingAttended("m-1", "mt-1", "t-1", "v-1", List.of("hh-1", "hh-2"),
                LocalDate.of(2026, 11, 20)));
    }

    @Test
    void whenABenchMeetingArrivesThenItsMatterIsNull() {
        var event = EventJson.MAPPER.readValue("""
                {"meetingId":"m-2","matterId":null,"townshipId":"t-1","villageId":"v-1","householdIds":[],
                 "heldOn":"2026-11-20","kind":"BENCH","suggestionIds":[]}
                """, EventAwards.MeetingAttended.class);

        assertThat(event.matterId()).isNull();
        assertThat(event.householdIds()).isEmpty();
    }

    @Test
    void whenMatterResolvedArrivesThenItIsRead() {
        var event = EventJson.MAPPER.readValue("""
                {"matterId":"mt-1","townshipId":"t-1","villageId":"v-1","title":"Road","kind":"PUBLIC_WORKS",
                 "resolvedOn":"2026-11-21"}
                """, EventAwards.MatterResolved.class);

        assertThat(event).isEqualTo(new EventAwards.MatterResolved("mt-1", "t-1", "v-1", "Road", "PUBLIC_WORKS",
                LocalDate.of(2026, 11, 21)));
    }

    @Test
    void whenSuggestionResolvedArrivesThenTheSuggestingHouseholdIsRead() {
        var event = EventJson.MAPPER.readValue("""
                {"suggestionId":"s-1","townshipId":"t-1","villageId":"v-1","householdId":"hh-1","resolvedOn":"2026-11-22",
                 "outcome":"SOLVED_ON_SPOT","onTime":true}
                """, EventAwards.SuggestionResolved.class);

        assertThat(event).isEqualTo(new EventAwards.SuggestionResolved("s-1", "t-1", "v-1", "hh-1",
                LocalDate.of(2026, 11, 22)));
    }

    @Test
    void whenCaseResolvedArrivesThenOutcomeAndReconcilingHouseholdsAreRead() {
        var event = EventJson.MAPPER.readValue("""
                {"caseId":"c-1","outcome":"AGREEMENT","reconcilingHouseholdIds":["hh-1","hh-3"],"townshipId":"t-1",
                 "villageId":"v-1","resolvedOn":"2026-11-23"}
                """, EventAwards.CaseResolved.class);

        assertThat(event).isEqualTo(new EventAwards.CaseResolved("c-1", "AGREEMENT", List.of("hh-1", "hh-3"), "t-1",
                "v-1", LocalDate.of(2026, 11, 23)));
    }

    @Test
    void whenVisitLoggedArrivesThenTheVisitedHouseholdAndDayAreRead() {
        var event = EventJson.MAPPER.readValue("""
                {"visitId":"vi-1","householdId":"hh-1","memberId":"p-1","townshipId":"t-1","villageId":"v-1",
                 "visitedOn":"2026-11-24","loggedBy":"cadre-1"}
                """, EventAwards.VisitLogged.class);

        assertThat(event).isEqualTo(new EventAwards.VisitLogged("vi-1", "hh-1", "p-1", "t-1", "v-1",
                LocalDate.of(2026, 11, 24)));
    }
}
