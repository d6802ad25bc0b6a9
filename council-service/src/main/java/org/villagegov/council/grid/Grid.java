package org.villagegov.council.grid;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.feign.RemoteServiceException;
import org.villagegov.platform.security.PlatformUser;

/**
 * Villages and households as grid-service knows them, checked against the caller's scope.
 * Anything unknown or outside the caller's township / village is a 422 naming the field:
 * the caller named it in a request body, so "not found" would be misleading.
 */
@Component
public class Grid {

    private final GridLookup lookup;

    Grid(GridLookup lookup) {
        this.lookup = lookup;
    }

    /** The village if it exists in the caller's county and the caller may act in it. */
    public Village village(String villageId, PlatformUser user, String field) {
        Village village = find(() -> lookup.village(villageId));
        if (village == null || !user.mayAccess(village.townshipId(), village.villageId())) {
            throw new RuleViolationException(field, "No village '" + villageId + "' you may act in");
        }
        return village;
    }

    /** The number of active households of a village now, for turnout. */
    public long householdCount(String villageId) {
        Village village = find(() -> lookup.village(villageId));
        return village == null ? 0 : village.householdCount();
    }

    /** The household if it is an active household of the given village. */
    public Household householdOf(String householdId, String villageId, String field) {
        Household household = find(() -> lookup.household(householdId));
        if (household == null || !villageId.equals(household.villageId())) {
            throw new RuleViolationException(field, "No household '" + householdId + "' in this village");
        }
        if (!household.active()) {
            throw new RuleViolationException(field, "Household '" + householdId + "' is no longer active");
        }
        return household;
    }

    /** A household named in the path: unknown or out of the caller's scope is 404, as if it did not exist. */
    public Household visibleHousehold(String householdId, PlatformUser user) {
        Household household = find(() -> lookup.household(householdId));
        if (household == null || !user.mayAccess(household.townshipId(), household.villageId())) {
            throw new NotFoundException("Household", householdId);
        }
        if (!household.active()) {
            throw new RuleViolationException("householdId", "Household '" + householdId + "' is no longer active");
        }
        return household;
    }

    /** Every id given, each an active household of the village; duplicates are dropped. */
    public List<String> householdsOf(List<String> householdIds, String villageId, String field) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(householdIds));
        distinct.forEach(id -> householdOf(id, villageId, field));
        return distinct;
    }

    /** grid-service's 404 means "unknown in your county": the caller's input is wrong, not the server. */
    private static <T> T find(Supplier<T> call) {
        try {
            return call.get();
        } catch (RemoteServiceException e) {
            if (e.kind() == RemoteServiceException.Kind.NOT_FOUND) {
                return null;
            }
            throw e;
        }
    }
}
