package org.villagegov.mediation.intake;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.villagegov.platform.messaging.EventJson;

import static org.assertj.core.api.Assertions.assertThat;

/** grid-service's {@code dispute.reported} as CONTRACTS.md lists it, read the way the subscription reads it. */
class DisputeReportedJsonTests {

    @Test
    void whenGridsPayloadIsReadThenEveryContractFieldArrives() {
        DisputeReported report = EventJson.MAPPER.readValue("""
                {"reportId":"r-7","townshipId":"t-jinhu","villageId":"v-baisha","householdIds":["hh-1","hh-2"],
                 "description":"quarrel over irrigation water","reportedBy":"grid-worker-7","reportedAt":"2026-11-24T00:30:00Z"}
                """, DisputeReported.class);

        assertThat(report).isEqualTo(new DisputeReported("r-7", "t-jinhu", "v-baisha", java.util.List.of("hh-1", "hh-2"),
                "quarrel over irrigation water", "grid-worker-7", Instant.parse("2026-11-24T00:30:00Z")));
    }

    @Test
    void whenGridAddsAFieldThenThePayloadIsStillRead() {
        DisputeReported report = EventJson.MAPPER.readValue("""
                {"reportId":"r-8","townshipId":"t-jinhu","villageId":"v-baisha","householdIds":[],"severity":"HIGH"}
                """, DisputeReported.class);

        assertThat(report.reportId()).isEqualTo("r-8");
        assertThat(report.householdIds()).isEmpty();
        assertThat(report.reportedAt()).isNull();
    }
}
