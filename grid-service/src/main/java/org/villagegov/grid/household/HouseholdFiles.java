package org.villagegov.grid.household;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.villagegov.grid.region.Region;
import org.villagegov.grid.region.RegionRepository;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Roles;

/** Household files: registration where the caller may act, object-level checks on every read and write. */
@Service
class HouseholdFiles {

    private final HouseholdRepository households;
    private final RegionRepository regions;
    private final MongoTemplate mongo;
    private final Clock clock;

    HouseholdFiles(HouseholdRepository households, RegionRepository regions, MongoTemplate mongo, Clock clock) {
        this.households = households;
        this.regions = regions;
        this.mongo = mongo;
        this.clock = clock;
    }

    Household register(HouseholdController.RegisterHousehold request, PlatformUser user) {
        Region village = regions.findById(request.villageId())
                .filter(region -> region.kind() == Region.Kind.VILLAGE)
                .orElseThrow(() -> new RuleViolationException("villageId", "No village '" + request.villageId() + "'"));
        if (!user.mayAccess(village.townshipId(), village.villageId())) {
            throw new RuleViolationException("villageId", "You may only register households of your own village");
        }
        checkInVillage("naturalVillageId", request.naturalVillageId(), Region.Kind.NATURAL_VILLAGE, village);
        checkInVillage("groupId", request.groupId(), Region.Kind.GROUP, village);
        Household household = Household.register(UUID.randomUUID().toString(), village.townshipId(), village.villageId(),
                request.naturalVillageId(), request.groupId(), request.address(), request.headName(), request.headUserId(),
                residents(request.residents()), tags(request.tags()), user.subject(), clock.instant());
        return households.insert(household);
    }

    Household update(String id, HouseholdController.UpdateHousehold request, PlatformUser user) {
        Household household = visible(id, user);
        if (user.hasRole(Roles.VILLAGER) && !user.hasAnyRole(Roles.VILLAGE_CADRE, Roles.COUNTY_ADMIN)) {
            throw new org.springframework.security.access.AccessDeniedException("Villagers cannot edit household files");
        }
        if (!household.getVersion().equals(request.version())) {
            throw new ConflictException("The household file changed meanwhile (version " + household.getVersion()
                    + "): reload it and try again");
        }
        household.update(request.address(), request.headName(), residents(request.residents()), tags(request.tags()),
                user.subject(), clock.instant());
        return households.save(household);
    }

    /**
     * Moves a household to another village: the caller must be in charge of both villages.
     * It leaves its micro-grid (grids are per village); its pairings stay with the member.
     */
    Household move(String id, HouseholdController.MoveHousehold request, PlatformUser user) {
        Household household = visible(id, user);
        Region village = regions.findById(request.villageId())
                .filter(region -> region.kind() == Region.Kind.VILLAGE)
                .orElseThrow(() -> new RuleViolationException("villageId", "No village '" + request.villageId() + "'"));
        if (!user.mayAccess(village.townshipId(), village.villageId())) {
            throw new RuleViolationException("villageId", "You may only move households into villages in your charge");
        }
        checkInVillage("naturalVillageId", request.naturalVillageId(), Region.Kind.NATURAL_VILLAGE, village);
        checkInVillage("groupId", request.groupId(), Region.Kind.GROUP, village);
        household.moveTo(village.townshipId(), village.villageId(), request.naturalVillageId(), request.groupId(),
                user.subject(), clock.instant());
        Household saved = households.save(household);
        org.bson.Document membership = mongo.findById(id, org.bson.Document.class, "grid_memberships");
        if (membership != null) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(membership.getString("microGridId"))
                            .and("householdIds").is(id)),
                    new org.springframework.data.mongodb.core.query.Update().pull("householdIds", id).inc("size", -1),
                    "micro_grids");
            mongo.remove(Query.query(Criteria.where("_id").is(id)), "grid_memberships");
        }
        return saved;
    }

    /** A household the caller may see; anything else does not exist for them. */
    Household visible(String id, PlatformUser user) {
        return households.findById(id)
                .filter(household -> mayAccess(user, household))
                .orElseThrow(() -> new NotFoundException("Household", id));
    }

    Page<Household> search(PlatformUser user, String villageId, Tag tag, String name, String gridId, Pageable pageable) {
        Criteria criteria = scope(user);
        if (gridId != null) {
            List<Object> members = mongo.find(Query.query(Criteria.where("microGridId").is(gridId)),
                    org.bson.Document.class, "grid_memberships").stream().map(member -> member.get("_id")).toList();
            criteria.and("_id").in(members);
        }
        if (villageId != null) {
            criteria.and("villageId").is(villageId);
        }
        if (tag != null) {
            criteria.and("tags").is(tag);
        }
        if (name != null) {
            String quoted = Pattern.quote(name);
            criteria.orOperator(Criteria.where("headName").regex(quoted), Criteria.where("residents.name").regex(quoted));
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, Household.class);
        query.with(pageable).with(Sort.by("villageId", "headName"));
        return new PageImpl<>(mongo.find(query, Household.class), pageable, total);
    }

    private static Criteria scope(PlatformUser user) {
        if (user.isCountyWide()) {
            return new Criteria();
        }
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

    private void checkInVillage(String field, String regionId, Region.Kind kind, Region village) {
        if (regionId == null) {
            return;
        }
        regions.findById(regionId)
                .filter(region -> region.kind() == kind && village.villageId().equals(region.villageId()))
                .orElseThrow(() -> new RuleViolationException(field, "No " + kind + " '" + regionId + "' in this village"));
    }

    private static List<Resident> residents(List<HouseholdController.ResidentInput> input) {
        return input == null ? List.of() : input.stream()
                .map(r -> new Resident(r.name(), r.idNumber() == null ? null : r.idNumber().toUpperCase(), r.phone(),
                        r.birthYear(), Boolean.TRUE.equals(r.partyMember())))
                .toList();
    }

    private static Set<Tag> tags(Set<Tag> input) {
        return input == null ? Set.of() : input;
    }
}
