package org.villagegov.council.matter;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.villagegov.council.EventPayloads.fields;
import static org.villagegov.council.EventPayloads.isDate;
import static org.villagegov.council.EventPayloads.payload;

/** The matter's events as CONTRACTS.md promises them (points-service reads meeting.attended and matter.resolved). */
class MatterJsonTests {

    @Test
    void whenTheRepresentativesAdoptThenMeetingAttendedListsTheHouseholdsPresent() {
        JsonNode attended = payload(MatterTests.resolved(), "meeting.attended");
        assertThat(fields(attended)).containsExactlyInAnyOrder("meetingId", "matterId", "townshipId", "villageId",
                "householdIds", "heldOn", "kind", "suggestionIds");
        assertThat(attended.get("meetingId").isString()).isTrue();
        assertThat(attended.get("matterId").isString()).isTrue();
        assertThat(attended.get("townshipId").asString()).isEqualTo("t-jinhu");
        assertThat(attended.get("villageId").asString()).isEqualTo("v-baisha");
        assertThat(attended.get("householdIds").isArray()).isTrue();
        assertThat(attended.get("householdIds").get(0).asString()).isEqualTo("hh-1");
        assertThat(isDate(attended.get("heldOn"))).isTrue();
        assertThat(attended.get("kind").asString()).isEqualTo("REPRESENTATIVES");
        assertThat(attended.get("suggestionIds").isArray()).isTrue();
        assertThat(attended.get("suggestionIds")).isEmpty();
    }

    @Test
    void whenTheRepresentativesAdoptThenMatterResolvedCarriesTheMeetingDate() {
        JsonNode resolved = payload(MatterTests.resolved(), "matter.resolved");
        assertThat(fields(resolved)).containsExactlyInAnyOrder("matterId", "townshipId", "villageId", "title", "kind",
                "resolvedOn");
        assertThat(resolved.get("title").asString()).isEqualTo("Road to the bay");
        assertThat(resolved.get("kind").asString()).isEqualTo("PUBLIC_WORKS");
        assertThat(resolved.get("resolvedOn").asString()).isEqualTo("2026-11-21");
    }

    @Test
    void whenTheResultIsPublishedThenResultPublishedCarriesIt() {
        Matter matter = MatterTests.resolved();
        matter.publishResolution(MatterTests.TODAY, "text", "c", MatterTests.TODAY, MatterTests.NOW);
        matter.publishResult(MatterTests.TODAY, "road hardened", "c", MatterTests.TODAY, MatterTests.NOW);
        JsonNode published = payload(matter, "matter.result-published");
        assertThat(fields(published)).containsExactlyInAnyOrder("matterId", "townshipId", "villageId", "title", "kind",
                "publishedOn", "result");
        assertThat(isDate(published.get("publishedOn"))).isTrue();
        assertThat(published.get("result").asString()).isEqualTo("road hardened");
    }
}
