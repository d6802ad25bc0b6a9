package org.villagegov.grid.household;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.springframework.data.mongodb.core.query.Update;
import org.villagegov.grid.election.OpenElections;
import org.villagegov.platform.data.MongoPages;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.place.Place;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.place.PlaceKind;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Roles;
import org.villagegov.platform.messaging.Outbox;
import org.villagegov.platform.time.CountyTime;

/**
 * Household files: registration where the caller may act (every place named goes through the
 * place guard), object-level checks on every read and write, one head account and one ID
 * number per household of the county (claims), no head change while an election is open.
 */
@Service
class HouseholdFiles {

    private final HouseholdRepository households;
    private final PlaceGuard places;
    private final HouseholdClaims claims;
    private final OpenElections elections;
    private final MongoTemplate mongo;
    private final CountyTime time;
    private final Outbox outbox;

    HouseholdFiles(HouseholdRepository households, PlaceGuard places, HouseholdClaims claims, OpenElections elections,
                   MongoTemplate mongo, CountyTime time, Outbox outbox) {
        this.outbox = outbox;
        this.households = households;
        this.places = places;
        this.claims = claims;
        this.elections = elections;
        this.mongo = mongo;
        this.time = time;
    }

    Household register(HouseholdController.RegisterHousehold request, PlatformUser user) {
        Place village = places.village(request.villageId(), request.townshipId(), user, "villageId", "townshipId");
        String naturalVillageId = naturalVillageOf(village, request.naturalVillageId(), request.groupId());
        List<Resident> residents = newResidents(request.residents());
        String id = UUID.randomUUID().toString();
        List<HouseholdClaims.Claim> claimed = claims.claimsOf(request.headUserId(), residents);
        claims.claim(id, claimed);
        try {
            claims.refuseUnclaimedHolders(id, request.headUserId(), residents);
        } catch (RuntimeException refused) {
            claims.release(id, HouseholdClaims.keys(claimed));
            throw refused;
        }
        try {
            return households.insert(Household.register(id, village.townshipId(), village.id(), naturalVillageId,
                    request.groupId(), request.address(), request.headName(), request.headUserId(), residents,
                    tags(request.tags()), user.subject(), time.now()));
        } catch (RuntimeException failed) {
            claims.release(id, HouseholdClaims.keys(claimed));
            throw failed;
        }
    }

    /**
     * A replace of the file. Masked ID numbers and phones mean "unchanged"; the head may not
     * change while an election is open where the household votes (it would change the roll).
     */
    Household update(String id, HouseholdController.UpdateHousehold request, PlatformUser user) {
        Household household = visible(id, user);
        if (user.hasRole(Roles.VILLAGER) && !user.hasAnyRole(Roles.VILLAGE_CADRE, Roles.COUNTY_ADMIN)) {
            throw new org.springframework.security.access.AccessDeniedException("Villagers cannot edit household files");
        }
        if (!household.version().equals(request.version())) {
            throw new ConflictException("The household file changed meanwhile (version " + household.version()
                    + "): reload it and try again");
        }
        String headUserId = request.headUserId() != null ? request.headUserId() : household.headUserId();
        household.refuseHeadChangeDuringElection(request.headName(), headUserId,
                () -> elections.openFor(household.villageId(), household.naturalVillageId()));
        List<Resident> residents = ResidentEdits.apply(request.residents(), household.residents());
        List<String> before = HouseholdClaims.keys(claims.claimsOf(household.headUserId(), household.residents()));
        List<HouseholdClaims.Claim> after = claims.claimsOf(headUserId, residents);
        List<HouseholdClaims.Claim> added = after.stream().filter(claim -> !before.contains(claim.key())).toList();
        claims.claim(id, added);
        try {
            claims.refuseUnclaimedHolders(id, headUserId, residents);
        } catch (RuntimeException refused) {
            claims.release(id, HouseholdClaims.keys(added));
            throw refused;
        }
        household.update(request.address(), request.headName(), headUserId, residents, tags(request.tags()),
                user.subject(), time.now());
        Household saved;
        try {
            saved = households.save(household);
        } catch (RuntimeException failed) {
            claims.release(id, HouseholdClaims.keys(added));
            throw failed;
        }
        List<String> kept = HouseholdClaims.keys(after);
        claims.release(id, before.stream().filter(key -> !kept.contains(key)).toList());
        return saved;
    }

    /**
     * Moves a household to another village, natural village or group: the caller must be in
     * charge of both places. Its pairings and open follow-ups come along (their township and
     * village follow); it keeps its micro-grid only within the same villagers' group, and
     * leaves it otherwise (grids are drawn over groups of neighbours).
     */
    Household move(String id, HouseholdController.MoveHousehold request, PlatformUser user) {
        Household household = visible(id, user);
        Place village = places.village(request.villageId(), request.townshipId(), user, "villageId", "townshipId");
        String naturalVillageId = naturalVillageOf(village, request.naturalVillageId(), request.groupId());
        boolean sameGroup = village.id().equals(household.villageId())
                && Objects.equals(request.groupId(), household.groupId());
        household.moveTo(village.townshipId(), village.id(), naturalVillageId, request.groupId(), user.subject(),
                time.now());
        Household saved = households.save(household);
        takeAlong(id, village.townshipId(), village.id(), sameGroup);
        return saved;
    }

    /** Payload of {@code micro-grid.household-removed} (CONTRACTS.md), as the micro-grid feature raises it. */
    record LeftMicroGrid(String microGridId, String householdId, String townshipId, String villageId) {
    }

    /** Each collection by one idempotent update, so repeating the move finishes what a crash left half-way. */
    private void takeAlong(String householdId, String townshipId, String villageId, boolean keepMicroGrid) {
        Update follow = new Update().set("townshipId", townshipId).set("villageId", villageId);
        mongo.updateMulti(Query.query(Criteria.where("householdId").is(householdId)), follow, "pairings");
        mongo.updateMulti(Query.query(Criteria.where("householdId").is(householdId).and("closedByVisitId").is(null)),
                follow, "follow_ups");
        if (keepMicroGrid) {
            return;
        }
        org.bson.Document membership = mongo.findById(householdId, org.bson.Document.class, "grid_memberships");
        if (membership != null) {
            String gridId = membership.getString("microGridId");
            org.bson.Document grid = mongo.findById(gridId, org.bson.Document.class, "micro_grids");
            Update leave = new Update().pull("householdIds", householdId).inc("size", -1).inc("version", 1);
            if (grid != null) {
                // the grid's village counts its households: it hears of the change like any other leave
                outbox.append(leave, "micro-grid.household-removed", new LeftMicroGrid(gridId, householdId,
                        grid.getString("townshipId"), grid.getString("villageId")), time.now());
            }
            if (mongo.updateFirst(Query.query(Criteria.where("_id").is(gridId).and("householdIds").is(householdId)),
                    leave, "micro_grids").getModifiedCount() > 0) {
                outbox.nudge("micro_grids");
            }
            mongo.remove(Query.query(Criteria.where("_id").is(householdId)), "grid_memberships");
        }
    }

    /** A household the caller may see; anything else does not exist for them. */
    Household visible(String id, PlatformUser user) {
        return households.findById(id)
                .filter(household -> mayAccess(user, household))
                .orElseThrow(() -> new NotFoundException("Household", id));
    }

    Page<Household> search(PlatformUser user, String villageId, String townshipId, Tag tag, String name, String gridId,
                           Pageable pageable) {
        List<Criteria> filters = new java.util.ArrayList<>();
        if (!user.isCountyWide()) {
            filters.add(scope(user));
        }
        places.scope(villageId, townshipId, user, "villageId", "townshipId").ifPresent(place ->
                filters.add(place.kind() == PlaceKind.VILLAGE ? Criteria.where("villageId").is(place.id())
                        : Criteria.where("townshipId").is(place.id())));
        if (gridId != null) {
            places.place(gridId, PlaceKind.MICRO_GRID, user, "gridId");
            List<Object> members = mongo.find(Query.query(Criteria.where("microGridId").is(gridId)),
                    org.bson.Document.class, "grid_memberships").stream().map(member -> member.get("_id")).toList();
            filters.add(Criteria.where("_id").in(members));
        }
        if (tag != null) {
            filters.add(Criteria.where("tags").is(tag));
        }
        if (name != null) {
            String quoted = Pattern.quote(name);
            filters.add(new Criteria().orOperator(Criteria.where("headName").regex(quoted),
                    Criteria.where("residents.name").regex(quoted)));
        }
        Query query = Query.query(filters.isEmpty() ? new Criteria() : new Criteria().andOperator(filters));
        return MongoPages.find(mongo, query, pageable, Sort.by("villageId", "headName"), Household.class);
    }

    private static Criteria scope(PlatformUser user) {
        if (user.hasRole(Roles.TOWNSHIP_OFFICER)) {
            return Criteria.where("townshipId").is(String.valueOf(user.township()));
        }
        if (user.hasRole(Roles.VILLAGER) && !user.hasAnyRole(Roles.VILLAGE_CADRE, Roles.GRID_WORKER)) {
            return Criteria.where("headUserId").is(user.subject());
        }
        return Criteria.where("villageId").is(String.valueOf(user.village()));
    }

    static boolean mayAccess(PlatformUser user, Household household) {
        if (user.hasRole(Roles.VILLAGER) && !user.hasAnyRole(Roles.VILLAGE_CADRE, Roles.GRID_WORKER, Roles.COUNTY_ADMIN)) {
            return user.subject().equals(household.headUserId());
        }
        return user.mayAccess(household.townshipId(), household.villageId());
    }

    /**
     * The natural village and group named must lie in the village, and the group in that natural
     * village; a group alone gives its natural village.
     */
    private String naturalVillageOf(Place village, String naturalVillageId, String groupId) {
        if (naturalVillageId != null) {
            places.placeIn(naturalVillageId, PlaceKind.NATURAL_VILLAGE, village.id(), "naturalVillageId");
        }
        if (groupId == null) {
            return naturalVillageId;
        }
        Place group = places.placeIn(groupId, PlaceKind.GROUP, village.id(), "groupId");
        if (naturalVillageId != null && !naturalVillageId.equals(group.naturalVillageId())) {
            throw new RuleViolationException("groupId", "Group '" + groupId + "' is not in natural village '"
                    + naturalVillageId + "'");
        }
        return group.naturalVillageId();
    }

    /** ID numbers are kept upper-case (a final x is the check character X), so equal numbers compare equal. */
    private static List<Resident> newResidents(List<HouseholdController.ResidentInput> input) {
        if (input == null) {
            return List.of();
        }
        return java.util.stream.IntStream.range(0, input.size()).mapToObj(i -> {
            HouseholdController.ResidentInput r = input.get(i);
            return new Resident(r.name(), r.idNumber() == null ? null : r.idNumber().toUpperCase(java.util.Locale.ROOT),
                    r.phone(), r.birthYear(), Boolean.TRUE.equals(r.partyMember()));
        }).toList();
    }

    private static Set<Tag> tags(Set<Tag> input) {
        return input == null ? Set.of() : input;
    }
}
