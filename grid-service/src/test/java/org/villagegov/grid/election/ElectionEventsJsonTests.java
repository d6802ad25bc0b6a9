package org.villagegov.grid.election;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.villagegov.platform.messaging.EventJson;

import static org.assertj.core.api.Assertions.assertThat;

/** council-service's election events as CONTRACTS.md has them, read the way grid's subscriptions read them. */
class ElectionEventsJsonTests {

    @Test
    void electionOpenedIsReadWithWhereItIsHeldAndWhenBallotsOpen() {
        String json = """
                {"electionId": "e-1", "councilId": "c-1", "townshipId": "t-1", "villageId": "v-1",
                 "naturalVillageId": "n-1", "opensOn": "2026-12-01"}""";

        ElectionEvents.ElectionOpened event = EventJson.MAPPER.readValue(json, ElectionEvents.ElectionOpened.class);

        assertThat(event).isEqualTo(new ElectionEvents.ElectionOpened("e-1", "c-1", "t-1", "v-1", "n-1",
                LocalDate.of(2026, 12, 1)));
    }

    @Test
    void electionCompletedIsReadForItsPlaceOnlyWhateverResultsItCarries() {
        String json = """
                {"electionId": "e-1", "councilId": "c-1", "townshipId": "t-1", "villageId": "v-1",
                 "naturalVillageId": null, "seats": 5, "ballotsCast": 120, "householdCount": 150,
                 "turnoutPercent": 80.0,
                 "elected": [{"candidateId": "k-1", "name": "Wang Wei", "householdId": "h-1", "votes": 90}],
                 "completedOn": "2026-12-02"}""";

        ElectionEvents.ElectionEnded event = EventJson.MAPPER.readValue(json, ElectionEvents.ElectionEnded.class);

        assertThat(event).isEqualTo(new ElectionEvents.ElectionEnded("e-1", "v-1", null));
    }
}
