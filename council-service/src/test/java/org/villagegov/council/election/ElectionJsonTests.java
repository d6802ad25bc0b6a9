package org.villagegov.council.election;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.villagegov.council.EventPayloads.fields;
import static org.villagegov.council.EventPayloads.isDate;
import static org.villagegov.council.EventPayloads.payload;

/** The election's events as CONTRACTS.md promises them (grid-service reads both). */
class ElectionJsonTests {

    @Test
    void whenAnElectionIsCalledThenElectionOpenedNamesItsNaturalVillageAndOpeningDay() {
        JsonNode opened = payload(ElectionTests.called(1, "a"), "election.opened");
        assertThat(fields(opened)).containsExactlyInAnyOrder("electionId", "councilId", "townshipId", "villageId",
                "naturalVillageId", "opensOn");
        assertThat(opened.get("naturalVillageId").asString()).isEqualTo("bay-1");
        // opens 2026-11-24T03:00Z, which is the same day in county time
        assertThat(opened.get("opensOn").asString()).isEqualTo("2026-11-24");
    }

    @Test
    void whenAnElectionIsClosedThenElectionCompletedCarriesTurnoutAndTheElected() {
        Election election = ElectionTests.called(1, "a", "b");
        election.close(List.of(ElectionTests.paper("a")), 4, ElectionTests.TERM, ElectionTests.CLOSES);
        JsonNode completed = payload(election, "election.completed");
        assertThat(fields(completed)).containsExactlyInAnyOrder("electionId", "councilId", "townshipId", "villageId",
                "naturalVillageId", "seats", "ballotsCast", "householdCount", "turnoutPercent", "elected", "completedOn");
        assertThat(completed.get("seats").isIntegralNumber()).isTrue();
        assertThat(completed.get("ballotsCast").asLong()).isEqualTo(1);
        assertThat(completed.get("householdCount").asLong()).isEqualTo(4);
        assertThat(completed.get("turnoutPercent").isNumber()).isTrue();
        assertThat(completed.get("turnoutPercent").asDouble()).isEqualTo(25.0);
        assertThat(isDate(completed.get("completedOn"))).isTrue();
        JsonNode elected = completed.get("elected");
        assertThat(elected.isArray()).isTrue();
        assertThat(elected).hasSize(1);
        assertThat(fields(elected.get(0))).containsExactlyInAnyOrder("candidateId", "name", "householdId", "votes");
        assertThat(elected.get(0).get("votes").asLong()).isEqualTo(1);
    }
}
