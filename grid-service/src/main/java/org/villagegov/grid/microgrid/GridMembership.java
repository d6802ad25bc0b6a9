package org.villagegov.grid.microgrid;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A household's place in a micro-grid; keyed by household, so a household is in at most one grid. */
@Document("grid_memberships")
record GridMembership(@Id String householdId, String microGridId, Instant joinedAt) {
}
