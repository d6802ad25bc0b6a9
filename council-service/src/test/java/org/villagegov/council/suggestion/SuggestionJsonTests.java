package org.villagegov.council.suggestion;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.villagegov.council.EventPayloads.fields;
import static org.villagegov.council.EventPayloads.isDate;
import static org.villagegov.council.EventPayloads.payload;

/**
 * suggestion.resolved and the bench meeting's meeting.attended as CONTRACTS.md promises them (points reads both),
 * and the events that keep the village's indicators fresh (raised, assigned, found not feasible).
 */
class SuggestionJsonTests {

    @Test
    void whenASuggestionIsSolvedThenSuggestionResolvedNamesTheHouseholdOutcomeAndTimeliness() {
        Suggestion suggestion = SuggestionTests.discussed();
        suggestion.solveOnSpot("Bulb replaced", SuggestionTests.TODAY, SuggestionTests.NOW);
        JsonNode resolved = payload(suggestion, "suggestion.resolved");
        assertThat(fields(resolved)).containsExactlyInAnyOrder("suggestionId", "townshipId", "villageId", "householdId",
                "resolvedOn", "outcome", "onTime");
        assertThat(resolved.get("householdId").asString()).isEqualTo("hh-1");
        assertThat(isDate(resolved.get("resolvedOn"))).isTrue();
        assertThat(resolved.get("outcome").asString()).isEqualTo("SOLVED_ON_SPOT");
        assertThat(resolved.get("onTime").isBoolean()).isTrue();
    }

    @Test
    void whenABenchMeetingIsHeldThenMeetingAttendedHasNoMatterAndListsTheSuggestions() {
        BenchMeeting meeting = BenchMeeting.hold("t-jinhu", "v-baisha", SuggestionTests.TODAY, "Under the banyan",
                List.of("hh-1", "hh-2"), List.of("s-1"), "minutes", "cadre-1", SuggestionTests.NOW);
        JsonNode attended = payload(meeting, "meeting.attended");
        assertThat(fields(attended)).containsExactlyInAnyOrder("meetingId", "matterId", "townshipId", "villageId",
                "householdIds", "heldOn", "kind", "suggestionIds");
        assertThat(attended.get("meetingId").asString()).isEqualTo(meeting.id());
        assertThat(attended.get("matterId").isNull()).isTrue();
        assertThat(attended.get("kind").asString()).isEqualTo("BENCH");
        assertThat(attended.get("householdIds")).hasSize(2);
        assertThat(attended.get("suggestionIds").get(0).asString()).isEqualTo("s-1");
        assertThat(isDate(attended.get("heldOn"))).isTrue();
    }

    @Test
    void whenASuggestionIsRaisedAssignedOrFoundNotFeasibleThenEachEventNamesItsVillageAndDay() {
        Suggestion assigned = SuggestionTests.assigned(SuggestionTests.TODAY.plusDays(5));
        JsonNode raised = payload(assigned, "suggestion.raised");
        assertThat(fields(raised)).containsExactlyInAnyOrder("suggestionId", "townshipId", "villageId", "householdId",
                "raisedOn", "raisedByRole");
        assertThat(raised.get("villageId").asString()).isEqualTo("v-baisha");
        assertThat(raised.get("raisedByRole").asString()).isEqualTo("VILLAGER");
        assertThat(isDate(raised.get("raisedOn"))).isTrue();
        JsonNode assignment = payload(assigned, "suggestion.assigned");
        assertThat(fields(assignment)).containsExactlyInAnyOrder("suggestionId", "townshipId", "villageId", "assignee",
                "deadline", "assignedOn");
        assertThat(assignment.get("deadline").asString()).isEqualTo(SuggestionTests.TODAY.plusDays(5).toString());
        assertThat(assignment.get("assignedOn").asString()).isEqualTo(SuggestionTests.TODAY.plusDays(4).toString());
        assigned.notFeasible("No budget", SuggestionTests.TODAY, SuggestionTests.NOW);
        JsonNode notFeasible = payload(assigned, "suggestion.found-not-feasible");
        assertThat(fields(notFeasible)).containsExactlyInAnyOrder("suggestionId", "townshipId", "villageId", "decidedOn",
                "wasAssigned");
        assertThat(notFeasible.get("townshipId").asString()).isEqualTo("t-jinhu");
        assertThat(notFeasible.get("wasAssigned").asBoolean()).isTrue();
        assertThat(isDate(notFeasible.get("decidedOn"))).isTrue();
    }
}
