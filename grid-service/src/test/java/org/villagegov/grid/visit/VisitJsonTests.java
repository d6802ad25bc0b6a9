package org.villagegov.grid.visit;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.villagegov.platform.messaging.EventJson;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.villagegov.grid.EventContract.Kind.ISO_DATE;
import static org.villagegov.grid.EventContract.Kind.STRING;
import static org.villagegov.grid.EventContract.assertFields;
import static org.villagegov.grid.EventContract.fields;
import static org.villagegov.grid.EventContract.published;

/** {@code visit.logged} as grid publishes it, and the follow-up events it reads, as CONTRACTS.md has them. */
class VisitJsonTests {

    @Test
    void visitLoggedCarriesWhoseVisitItIsAndWhoEnteredIt() {
        Visit visit = Visit.log("vi-1", "h-1", "member-1", "cadre-v1", "t-1", "v-1", LocalDate.of(2026, 11, 24),
                "all well", null);

        JsonNode payload = published(visit, "visit.logged");

        assertFields(payload, fields("visitId", STRING, "householdId", STRING, "memberId", STRING, "townshipId", STRING,
                "villageId", STRING, "visitedOn", ISO_DATE, "loggedBy", STRING));
        assertThat(payload.get("memberId").asString()).isEqualTo("member-1");
        assertThat(payload.get("loggedBy").asString()).isEqualTo("cadre-v1");
        assertThat(payload.get("visitedOn").asString()).isEqualTo("2026-11-24");
    }

    @Test
    void householdBlacklistedFromPointsIsReadWithItsReasonAndPeriod() {
        String json = """
                {"householdId": "h-1", "townshipId": "t-1", "villageId": "v-1", "reason": "unpaid dues",
                 "periodStart": "2026-01-01", "periodEnd": "2026-12-31"}""";

        FollowUpEvents.HouseholdBlacklisted event = EventJson.MAPPER.readValue(json,
                FollowUpEvents.HouseholdBlacklisted.class);

        assertThat(event).isEqualTo(new FollowUpEvents.HouseholdBlacklisted("h-1", "unpaid dues",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    }

    @Test
    void caseClosedFromMediationIsReadWithItsHouseholds() {
        String json = """
                {"caseId": "c-1", "outcome": "AGREEMENT", "householdIds": ["h-1", "h-2"], "townshipId": "t-1",
                 "villageId": "v-1", "closedOn": "2026-11-24"}""";

        FollowUpEvents.CaseClosed event = EventJson.MAPPER.readValue(json, FollowUpEvents.CaseClosed.class);

        assertThat(event).isEqualTo(new FollowUpEvents.CaseClosed("c-1", "AGREEMENT", List.of("h-1", "h-2")));
    }

    @Test
    void aProducerAddingAFieldBreaksNothing() {
        String json = """
                {"caseId": "c-1", "outcome": "AGREEMENT", "householdIds": [], "someNewField": {"x": 1}}""";

        assertThat(EventJson.MAPPER.readValue(json, FollowUpEvents.CaseClosed.class).caseId()).isEqualTo("c-1");
    }
}
