package org.villagegov.points.eventaward;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A county's choice of which rule (if any) an incoming event type awards; id = event type. */
@Document("event_rules")
record EventRule(@Id String eventType, String ruleCode, boolean enabled, String changedBy, Instant changedAt) {
}
