package org.villagegov.platform.messaging;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Marks that one subscription applied one event; the id is unique, so a replay is skipped. */
@Document("processed_events")
record ProcessedEvent(@Id String id, String type, Instant processedAt) {
}
