package org.villagegov.council.config;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;
import org.villagegov.platform.data.ScopeCriteria;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;

/**
 * The part of the county a list may show. A {@code villageId} filter of a query goes through the
 * place guard like any id a request names: unknown or outside the caller's scope is a 422 naming
 * it, so a probe cannot tell an empty village from a foreign one.
 */
@Component
public class ListScope {

    private final PlaceGuard places;

    ListScope(PlaceGuard places) {
        this.places = places;
    }

    public Criteria of(PlatformUser user, String villageId) {
        if (villageId != null) {
            places.village(villageId, user, "villageId");
        }
        return ScopeCriteria.of(user, villageId);
    }
}
