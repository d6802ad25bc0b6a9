package org.villagegov.mediation.intake;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Our copy of grid-service's {@code dispute.reported} payload (CONTRACTS.md). */
@JsonIgnoreProperties(ignoreUnknown = true)
record DisputeReported(String reportId, String townshipId, String villageId, List<String> householdIds,
                       String description, String reportedBy, Instant reportedAt) {
}
