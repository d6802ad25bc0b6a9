package org.villagegov.points.household;

import org.springframework.stereotype.Component;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.place.HouseholdPlace;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;

/**
 * The one thing the place guard does not say directly: a household named as a list filter. A
 * household that moved away still has its history here, so an inactive one is a valid filter;
 * unknown or outside the caller's scope is refused like every other id a request names.
 */
@Component
public class Households {

    private final PlaceGuard guard;

    Households(PlaceGuard guard) {
        this.guard = guard;
    }

    /** The household a query filters by, if the caller may see it (422 naming the field otherwise). */
    public HouseholdPlace filter(String householdId, PlatformUser user, String field) {
        if (householdId.isBlank()) {
            throw new RuleViolationException(field, "Names no household");
        }
        return guard.whereIs(householdId)
                .filter(household -> user.mayAccess(household.townshipId(), household.villageId()))
                .orElseThrow(() -> new RuleViolationException(field, "No household '" + householdId + "' you may see"));
    }
}
