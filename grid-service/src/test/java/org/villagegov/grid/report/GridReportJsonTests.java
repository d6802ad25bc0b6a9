package org.villagegov.grid.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.villagegov.grid.EventContract.Kind.ARRAY_OF_STRINGS;
import static org.villagegov.grid.EventContract.Kind.ISO_INSTANT;
import static org.villagegov.grid.EventContract.Kind.STRING;
import static org.villagegov.grid.EventContract.assertFields;
import static org.villagegov.grid.EventContract.fields;
import static org.villagegov.grid.EventContract.published;

/** The grid report events as CONTRACTS.md promises them on {@code grid.events}. */
class GridReportJsonTests {

    static final Instant REPORTED_AT = Instant.parse("2026-11-24T08:00:00Z");

    private static GridReport report(GridReport.Category category) {
        return GridReport.report("r-1", "t-1", "v-1", category, List.of("h-1", "h-2"), "a quarrel over a wall",
                List.of(), "grid-v1", REPORTED_AT);
    }

    @Test
    void disputeReportedCarriesTheReportItsPlaceItsHouseholdsAndWhoReportedItWhen() {
        GridReport report = report(GridReport.Category.DISPUTE);
        report.accept(REPORTED_AT.plusSeconds(60));

        JsonNode payload = published(report, "dispute.reported");

        assertFields(payload, fields("reportId", STRING, "townshipId", STRING, "villageId", STRING,
                "householdIds", ARRAY_OF_STRINGS, "description", STRING, "reportedBy", STRING, "reportedAt", ISO_INSTANT));
        assertThat(payload.get("reportId").asString()).isEqualTo("r-1");
        assertThat(payload.get("householdIds").get(1).asString()).isEqualTo("h-2");
        assertThat(payload.get("reportedBy").asString()).isEqualTo("grid-v1");
        assertThat(payload.get("reportedAt").asString()).isEqualTo("2026-11-24T08:00:00Z");
    }

    @Test
    void reportClosedCarriesTheReportItsPlaceItsCategoryByNameAndTheOutcome() {
        GridReport report = report(GridReport.Category.SAFETY_HAZARD);
        report.accept(REPORTED_AT);
        report.transfer("safety office", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 24));
        report.close("the wire was fixed", REPORTED_AT.plusSeconds(3600));

        JsonNode payload = published(report, "report.closed");

        assertFields(payload, fields("reportId", STRING, "townshipId", STRING, "villageId", STRING,
                "category", STRING, "outcome", STRING));
        assertThat(payload.get("category").asString()).isEqualTo("SAFETY_HAZARD");
        assertThat(payload.get("outcome").asString()).isEqualTo("the wire was fixed");
    }
}
