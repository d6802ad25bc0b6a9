package org.villagegov.platform.place;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The source of truth about places, in the current tenant: grid-service over HTTP for the
 * other services ({@link RemotePlaceDirectory}), its own database inside grid-service.
 */
public interface PlaceDirectory {

    /** The place with this id in the current county, whatever its kind. */
    Optional<Place> place(String id);

    /** The households of the current county among these ids; unknown ids are left out. */
    Map<String, HouseholdPlace> households(Collection<String> householdIds);

    /** Active households in a village or natural village now (for turnout and quorum). */
    long householdCount(String placeId);
}
