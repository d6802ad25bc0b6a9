package org.villagegov.council.grid;

/** Our copy of grid-service's village lookup answer (CONTRACTS.md). */
public record Village(String villageId, String townshipId, String name, long householdCount) {
}
