package org.villagegov.platform.place;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Where a household lives and whether it is still active, as grid-service records it; never
 * personal data beyond the head's name. Households move, so the guard never caches them. Read
 * leniently, as every lookup answer (GridPlaces).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HouseholdPlace(String householdId, String townshipId, String villageId, String naturalVillageId,
                             String groupId, String gridId, String headName, int memberCount, boolean active) {
}
