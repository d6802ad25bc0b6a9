package org.villagegov.platform.place;

/**
 * Where a place sits in its county, as grid-service records it: a township carries its own id
 * as {@code townshipId}; a village its own id as {@code villageId}; a natural village its own id
 * as {@code naturalVillageId}. Nothing here changes often, so the guard caches it.
 */
public record Place(String id, PlaceKind kind, String name, String townshipId, String villageId,
                    String naturalVillageId) {
}
