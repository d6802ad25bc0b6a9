package org.villagegov.mediation.dispute;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.villagegov.mediation.triage.Level;
import org.villagegov.platform.messaging.EventJson;
import org.villagegov.platform.messaging.OutboxEvent;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.villagegov.mediation.dispute.MediationCaseTests.NOW;
import static org.villagegov.mediation.dispute.MediationCaseTests.TODAY;

/**
 * The payloads of {@code mediation.events} exactly as CONTRACTS.md lists them: raised by the
 * case itself and written by the platform's event JSON, as the outbox relay publishes them.
 * Field names, their order and their JSON types are pinned; a consumer (points, grid) relies on them.
 */
class CaseEventsJsonTests {

    private static JsonNode payload(MediationCase c, String type) {
        OutboxEvent event = c.outbox().stream().filter(e -> e.type().equals(type)).reduce((a, b) -> b).orElseThrow();
        return EventJson.MAPPER.readTree(event.payload());
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.properties().forEach(entry -> names.add(entry.getKey()));
        return names;
    }

    @Test
    void whenACaseIsOpenedThenCaseOpenedCarriesTheContractsFields() {
        MediationCase c = MediationCaseTests.open(MediationCase.Source.GRID_REPORT, Level.VILLAGE,
                MediationCaseTests.household("p1", "hh-1", "v-baisha"));

        JsonNode opened = payload(c, "case.opened");

        assertThat(fields(opened)).containsExactly("caseId", "source", "reportId", "level", "townshipId", "villageId",
                "category");
        assertThat(opened.get("caseId").asString()).isEqualTo("case-1");
        assertThat(opened.get("source").asString()).isEqualTo("GRID_REPORT");
        assertThat(opened.get("reportId").asString()).isEqualTo("r-1");
        assertThat(opened.get("level").asString()).isEqualTo("VILLAGE");
        assertThat(opened.get("townshipId").asString()).isEqualTo("t-jinhu");
        assertThat(opened.get("villageId").asString()).isEqualTo("v-baisha");
        assertThat(opened.get("category").asString()).isEqualTo("NEIGHBOURHOOD");
    }

    @Test
    void whenAWalkInIsOpenedThenItsReportIdIsNull() {
        assertThat(payload(MediationCaseTests.open(), "case.opened").get("reportId").isNull()).isTrue();
    }

    @Test
    void whenACaseIsEscalatedThenCaseEscalatedCarriesBothLevelsAndTheReason() {
        MediationCase c = MediationCaseTests.failed();
        c.escalate("overdue: not resolved", "deadline-check", TODAY, 3, NOW);

        JsonNode escalated = payload(c, "case.escalated");

        assertThat(fields(escalated)).containsExactly("caseId", "fromLevel", "toLevel", "reason", "townshipId", "villageId");
        assertThat(escalated.get("fromLevel").asString()).isEqualTo("VILLAGE");
        assertThat(escalated.get("toLevel").asString()).isEqualTo("TOWNSHIP");
        assertThat(escalated.get("reason").asString()).isEqualTo("overdue: not resolved");
    }

    @Test
    void whenACaseIsAcceptedOrFailsThenItsEventNamesTheLevelThePlaceAndTheIsoDay() {
        MediationCase c = MediationCaseTests.failed();

        JsonNode accepted = payload(c, "case.accepted");
        JsonNode failed = payload(c, "case.failed");

        assertThat(fields(accepted)).containsExactly("caseId", "level", "townshipId", "villageId", "acceptedOn");
        assertThat(accepted.get("acceptedOn").asString()).isEqualTo("2026-11-24");
        assertThat(fields(failed)).containsExactly("caseId", "level", "townshipId", "villageId", "failedOn");
        assertThat(failed.get("level").asString()).isEqualTo("VILLAGE");
        assertThat(failed.get("villageId").asString()).isEqualTo("v-baisha");
    }

    @Test
    void whenTriageMovesAnOpenCaseThenCaseRetriagedCarriesBothLevels() {
        MediationCase c = MediationCaseTests.open();
        c.reclassify(org.villagegov.mediation.triage.Category.LAND, 50_000, Level.TOWNSHIP, NOW);

        JsonNode retriaged = payload(c, "case.retriaged");

        assertThat(fields(retriaged)).containsExactly("caseId", "fromLevel", "toLevel", "townshipId", "villageId");
        assertThat(retriaged.get("fromLevel").asString()).isEqualTo("VILLAGE");
        assertThat(retriaged.get("toLevel").asString()).isEqualTo("TOWNSHIP");
    }

    @Test
    void whenAnAgreementIsSignedThenCaseResolvedNamesTheReconcilingHouseholdsAndAnIsoDate() {
        JsonNode resolved = payload(MediationCaseTests.agreed(), "case.resolved");

        assertThat(fields(resolved)).containsExactly("caseId", "outcome", "reconcilingHouseholdIds", "townshipId",
                "villageId", "resolvedOn");
        assertThat(resolved.get("outcome").asString()).isEqualTo("AGREEMENT");
        assertThat(resolved.get("reconcilingHouseholdIds").isArray()).isTrue();
        assertThat(resolved.get("reconcilingHouseholdIds").values().stream().map(JsonNode::asString))
                .containsExactly("hh-1", "hh-2");
        assertThat(resolved.get("resolvedOn").isString()).isTrue();
        assertThat(resolved.get("resolvedOn").asString()).isEqualTo("2026-11-24");
    }

    @Test
    void whenACaseIsClosedThenCaseClosedCarriesTheOutcomeTheHouseholdsAndAnIsoDate() {
        MediationCase c = MediationCaseTests.failed();
        c.refer(MediationCase.Forum.ARBITRATION, null, TODAY, NOW);

        JsonNode closed = payload(c, "case.closed");

        assertThat(fields(closed)).containsExactly("caseId", "outcome", "householdIds", "townshipId", "villageId",
                "closedOn");
        assertThat(closed.get("outcome").asString()).isEqualTo("REFERRED_ARBITRATION");
        assertThat(closed.get("householdIds").values().stream().map(JsonNode::asString)).containsExactly("hh-1", "hh-2");
        assertThat(closed.get("closedOn").asString()).isEqualTo("2026-11-24");
    }

    @Test
    void whenEveryEventIsReadThenEachFieldHasTheContractsJsonType() {
        MediationCase c = MediationCaseTests.agreed();
        c.recordFollowUp(true, "honoured", "cadre-1", TODAY);
        c.close(null, TODAY, NOW);
        Map<String, String> arrays = Map.of("case.resolved", "reconcilingHouseholdIds", "case.closed", "householdIds");
        for (OutboxEvent event : c.outbox()) {
            JsonNode payload = EventJson.MAPPER.readTree(event.payload());
            payload.properties().forEach(field -> {
                if (field.getKey().equals(arrays.get(event.type()))) {
                    assertThat(field.getValue().isArray()).as(event.type() + "." + field.getKey()).isTrue();
                } else {
                    assertThat(field.getValue().isString() || field.getValue().isNull())
                            .as(event.type() + "." + field.getKey() + " is a string").isTrue();
                }
            });
        }
        assertThat(c.outbox()).extracting(OutboxEvent::type)
                .containsExactly("case.opened", "case.accepted", "case.resolved", "case.closed");
    }
}
