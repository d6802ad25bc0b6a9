package org.villagegov.council.grid;

/** Our copy of grid-service's household lookup answer (CONTRACTS.md). */
public record Household(String householdId, String townshipId, String villageId, String naturalVillageId,
                        String groupId, String gridId, String headName, int memberCount, boolean active) {
}
