package org.villagegov.points.household;

/** Our copy of grid-service's household lookup answer. */
public record Household(String householdId, String townshipId, String villageId, String naturalVillageId,
                        String groupId, String gridId, String headName, int memberCount, boolean active) {
}
