package org.villagegov.platform.place;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.data.mongodb.core.query.Criteria;
import org.villagegov.platform.data.ScopeCriteria;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.tenancy.TenantContext;

/**
 * The one check for every place or household a request names, in a body or a query: it must
 * exist in the caller's county, its township is the one grid-service records (never the one
 * the request claims), and the caller must be allowed to act there. Anything else is a 422
 * naming the field; an id outside the caller's scope gets the same answer as an unknown one,
 * so probing reveals nothing. Ids in a path use {@link #visibleHousehold} (404 instead). A refused
 * household is a {@link HouseholdRefusedException}, which says which one it was.
 */
public class PlaceGuard {

    /** The most household ids one request may name (a villagers' meeting of a large village). */
    public static final int MAX_HOUSEHOLDS = 2_000;

    private final PlaceDirectory directory;
    private final PlaceCache cache;

    public PlaceGuard(PlaceDirectory directory, PlaceCache cache) {
        this.directory = directory;
        this.cache = cache;
    }

    /** A place of this kind in the county that the caller may act in. */
    public Place place(String id, PlaceKind kind, PlatformUser user, String field) {
        return find(id).filter(found -> found.kind() == kind)
                .filter(found -> user.mayAccess(found.townshipId(), found.villageId()))
                .orElseThrow(() -> new RuleViolationException(field, "No " + noun(kind) + " '" + id + "' you may act in"));
    }

    public Place village(String villageId, PlatformUser user, String field) {
        return place(villageId, PlaceKind.VILLAGE, user, field);
    }

    public Place township(String townshipId, PlatformUser user, String field) {
        return place(townshipId, PlaceKind.TOWNSHIP, user, field);
    }

    /**
     * A village the caller may act in, where the request also names a township: the grid's
     * township wins, and a body that disagrees is refused rather than silently corrected.
     */
    public Place village(String villageId, String claimedTownshipId, PlatformUser user, String villageField,
                         String townshipField) {
        Place village = village(villageId, user, villageField);
        requireTownship(village, claimedTownshipId, townshipField);
        return village;
    }

    /**
     * Where an optional place filter of a request (a body's or a query's {@code villageId} or
     * {@code townshipId}) points: null when neither is given; else the village, or the township
     * when only that is given, checked as above.
     */
    public Optional<Place> scope(String villageId, String townshipId, PlatformUser user, String villageField,
                                 String townshipField) {
        if (villageId != null) {
            return Optional.of(village(villageId, townshipId, user, villageField, townshipField));
        }
        if (townshipId != null) {
            return Optional.of(township(townshipId, user, townshipField));
        }
        return Optional.empty();
    }

    /**
     * The part of the county a list may show: the caller's scope, narrowed to the village the
     * query names, which is checked like any other id (unknown or foreign: 422 naming
     * {@code villageId}), so a probe cannot tell an empty village from another township's.
     */
    public Criteria listScope(PlatformUser user, String villageId) {
        if (villageId != null) {
            village(villageId, user, "villageId");
        }
        return ScopeCriteria.of(user, villageId);
    }

    /** A village named in the path: unknown or outside the caller's scope is 404, as if it did not exist. */
    public Place visibleVillage(String villageId, PlatformUser user) {
        return find(villageId).filter(found -> found.kind() == PlaceKind.VILLAGE)
                .filter(found -> user.mayAccess(found.townshipId(), found.villageId()))
                .orElseThrow(() -> new NotFoundException("Village", villageId));
    }

    /** A place of this kind inside a village the caller was already checked for (a natural village, a group, a micro-grid). */
    public Place placeIn(String id, PlaceKind kind, String villageId, String field) {
        return find(id).filter(found -> found.kind() == kind && villageId.equals(found.villageId()))
                .orElseThrow(() -> new RuleViolationException(field, "No " + noun(kind) + " '" + id + "' in this village"));
    }

    /** A body's township, when given, must be the one grid-service records for the place. */
    public static void requireTownship(Place place, String claimedTownshipId, String townshipField) {
        if (claimedTownshipId != null && !claimedTownshipId.equals(place.townshipId())) {
            throw new RuleViolationException(townshipField, "'" + place.id() + "' is not in township '"
                    + claimedTownshipId + "'; leave " + townshipField + " out, it is taken from the region tree");
        }
    }

    /** An active household of the county the caller may act on. */
    public HouseholdPlace household(String householdId, PlatformUser user, String field) {
        HouseholdPlace household = directory.households(List.of(householdId)).get(householdId);
        if (household == null || !user.mayAccess(household.townshipId(), household.villageId())) {
            throw new HouseholdRefusedException(field, householdId, "No household '" + householdId + "' you may act on");
        }
        return active(household, field);
    }

    /** An active household of the given village (which the caller was already checked for). */
    public HouseholdPlace householdOf(String householdId, String villageId, String field) {
        return householdsOf(List.of(householdId), villageId, field).getFirst();
    }

    /**
     * Each id an active household of the given village, asked in one batch; duplicates are
     * dropped, the order kept. More than {@link #MAX_HOUSEHOLDS} is refused.
     */
    public List<HouseholdPlace> householdsOf(Collection<String> householdIds, String villageId, String field) {
        return households(householdIds, field, household -> villageId.equals(household.villageId()),
                "in this village");
    }

    /** Each id an active household of the county the caller may act on, asked in one batch. */
    public List<HouseholdPlace> households(Collection<String> householdIds, PlatformUser user, String field) {
        return households(householdIds, field,
                household -> user.mayAccess(household.townshipId(), household.villageId()), "you may act on");
    }

    /** A household named in the path: unknown or outside the caller's scope is 404, as if it did not exist. */
    public HouseholdPlace visibleHousehold(String householdId, PlatformUser user) {
        HouseholdPlace household = directory.households(List.of(householdId)).get(householdId);
        if (household == null || !user.mayAccess(household.townshipId(), household.villageId())) {
            throw new NotFoundException("Household", householdId);
        }
        return active(household, "householdId");
    }

    /**
     * A household a list is filtered by: it must exist in the county and be in the caller's
     * scope (422 naming the field otherwise), but may have moved away or been closed, since its
     * history stays readable.
     */
    public HouseholdPlace householdFilter(String householdId, PlatformUser user, String field) {
        if (householdId.isBlank()) {
            throw new RuleViolationException(field, "Names no household");
        }
        return whereIs(householdId).filter(household -> user.mayAccess(household.townshipId(), household.villageId()))
                .orElseThrow(() -> new HouseholdRefusedException(field, householdId,
                        "No household '" + householdId + "' you may see"));
    }

    /** Where a household lives now, whoever asks (background work: events and sweeps); empty when unknown. */
    public Optional<HouseholdPlace> whereIs(String householdId) {
        return Optional.ofNullable(directory.households(List.of(householdId)).get(householdId));
    }

    /** Active households in a village or natural village now, for turnout and quorum. */
    public long householdCount(String placeId) {
        return directory.householdCount(placeId);
    }

    private List<HouseholdPlace> households(Collection<String> householdIds, String field,
                                            Predicate<HouseholdPlace> allowed, String where) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(householdIds));
        if (distinct.size() > MAX_HOUSEHOLDS) {
            throw new RuleViolationException(field, "At most " + MAX_HOUSEHOLDS + " households in one request");
        }
        Map<String, HouseholdPlace> found = distinct.isEmpty() ? Map.of() : directory.households(distinct);
        List<HouseholdPlace> households = new ArrayList<>(distinct.size());
        for (String id : distinct) {
            HouseholdPlace household = found.get(id);
            if (household == null || !allowed.test(household)) {
                throw new HouseholdRefusedException(field, id, "No household '" + id + "' " + where);
            }
            households.add(active(household, field));
        }
        return households;
    }

    /** Any place of the current county by id, as cached; no scope check. */
    public Optional<Place> find(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        return cache.get(TenantContext.require(), id, directory::place);
    }

    private static HouseholdPlace active(HouseholdPlace household, String field) {
        if (!household.active()) {
            throw new HouseholdRefusedException(field, household.householdId(),
                    "Household '" + household.householdId() + "' is no longer active");
        }
        return household;
    }

    private static String noun(PlaceKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
