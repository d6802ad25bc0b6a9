package org.villagegov.points.household;

import org.springframework.stereotype.Component;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.security.PlatformUser;

/** Finds a household in grid-service and applies the caller's object-level scope to it. */
@Component
public class Households {

    private final GridLookup grid;

    Households(GridLookup grid) {
        this.grid = grid;
    }

    /**
     * The household if the caller may act on it. Unknown in the county: 422 (the platform maps
     * the remote 404); outside the caller's township or village: 404, as if it did not exist.
     */
    public Household visible(String householdId, PlatformUser user) {
        Household household = grid.household(householdId);
        if (household == null || !user.mayAccess(household.townshipId(), household.villageId())) {
            throw new NotFoundException("Household", householdId);
        }
        if (!household.active()) {
            throw new RuleViolationException("householdId", "Household " + householdId + " is no longer active");
        }
        return household;
    }
}
