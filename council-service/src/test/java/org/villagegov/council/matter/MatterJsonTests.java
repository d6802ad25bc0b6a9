package org.villagegov.council.matter;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.villagegov.platform.messaging.EventJson;
import org.villagegov.platform.messaging.OutboxEvent;
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

    @Test
    void whenAMatterIsProposedThenMatterProposedNamesItsVillageAndDay() {
        JsonNode proposed = payload(MatterTests.proposed(), "matter.proposed");
        assertThat(fields(proposed)).containsExactlyInAnyOrder("matterId", "townshipId", "villageId", "title", "kind",
                "proposedOn");
        assertThat(proposed.get("villageId").asString()).isEqualTo("v-baisha");
        assertThat(proposed.get("proposedOn").asString()).isEqualTo("2026-11-14");
    }

    @Test
    void whenEachStepIsTakenThenMatterAdvancedCarriesTheStageDayAndOutcome() {
        Matter matter = MatterTests.resolved();
        matter.publishResolution(MatterTests.TODAY, "text", "c", MatterTests.TODAY, MatterTests.NOW);
        List<JsonNode> advanced = matter.outbox().stream().filter(event -> event.type().equals("matter.advanced"))
                .map(OutboxEvent::payload).map(EventJson.MAPPER::readTree).toList();
        assertThat(advanced).extracting(step -> step.get("stage").asString())
                .containsExactly("TWO_COMMITTEES", "PARTY_MEMBERS", "REPRESENTATIVES", "RESOLUTION_PUBLISHED");
        JsonNode adopted = advanced.get(2);
        assertThat(fields(adopted)).containsExactlyInAnyOrder("matterId", "townshipId", "villageId", "stage", "heldOn",
                "passed", "status");
        assertThat(adopted.get("heldOn").asString()).isEqualTo("2026-11-21");
        assertThat(adopted.get("passed").asBoolean()).isTrue();
        assertThat(adopted.get("status").asString()).isEqualTo("ADOPTED");
    }

    @Test
    void whenAMatterIsVotedDownOrRejectedThenMatterRejectedCarriesTheStageDayAndReason() {
        Matter matter = MatterTests.proposed();
        matter.reject("unlawful", MatterTests.TODAY, MatterTests.NOW);
        JsonNode rejected = payload(matter, "matter.rejected");
        assertThat(fields(rejected)).containsExactlyInAnyOrder("matterId", "townshipId", "villageId", "stage",
                "rejectedOn", "reason");
        assertThat(rejected.get("stage").asString()).isEqualTo("PROPOSAL");
        assertThat(rejected.get("rejectedOn").asString()).isEqualTo("2026-11-24");
        assertThat(rejected.get("reason").asString()).isEqualTo("unlawful");
    }
}
