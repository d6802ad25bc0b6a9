package org.villagegov.council.election;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Which villager account speaks for a household at elections (its head). grid-service's
 * lookup does not say, so the village cadre registers it here, keyed by household. One account
 * heads one household at most (unique index), so nobody votes twice under two households.
 */
@Document("household_heads")
record HouseholdHead(@Id String householdId, String townshipId, String villageId, @Indexed(unique = true) String headSubject,
                     String registeredBy, Instant registeredAt) {
}
