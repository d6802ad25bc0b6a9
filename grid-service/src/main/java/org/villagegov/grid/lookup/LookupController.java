package org.villagegov.grid.lookup;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.grid.region.Region;
import org.villagegov.grid.region.RegionRepository;
import org.villagegov.platform.errors.NotFoundException;

/**
 * What the other services ask synchronously (CONTRACTS.md): does this household exist and
 * where, how many households a village has. Never personal data. Any role of the county.
 */
@RestController
@RequestMapping("/api/v1/grid/lookup")
@PreAuthorize("hasAnyRole('county-admin','township-officer','village-cadre','council-member','grid-worker','mediator',"
        + "'points-clerk','villager','integrator','service')")
class LookupController {

    private final MongoTemplate mongo;
    private final RegionRepository regions;

    LookupController(MongoTemplate mongo, RegionRepository regions) {
        this.mongo = mongo;
        this.regions = regions;
    }

    record HouseholdLookup(String householdId, String townshipId, String villageId, String naturalVillageId,
                           String groupId, String gridId, String headName, int memberCount, boolean active) {
    }

    record VillageLookup(String villageId, String townshipId, String name, long householdCount) {
    }

    /** Read from the raw document: a lookup projects a few fields and never touches personal data. */
    @GetMapping("/households/{householdId}")
    HouseholdLookup household(@PathVariable String householdId) {
        org.bson.Document found = mongo.findById(householdId, org.bson.Document.class, "households");
        if (found == null) {
            throw new NotFoundException("Household", householdId);
        }
        var residents = found.getList("residents", Object.class, java.util.List.of());
        org.bson.Document membership = mongo.findById(householdId, org.bson.Document.class, "grid_memberships");
        return new HouseholdLookup(householdId, found.getString("townshipId"), found.getString("villageId"),
                found.getString("naturalVillageId"), found.getString("groupId"), membership == null ? null : membership.getString("microGridId"),
                found.getString("headName"), residents.size(), found.getBoolean("active", true));
    }

    @GetMapping("/villages/{villageId}")
    VillageLookup village(@PathVariable String villageId) {
        Region village = regions.findById(villageId)
                .filter(region -> region.kind() == Region.Kind.VILLAGE)
                .orElseThrow(() -> new NotFoundException("Village", villageId));
        long households = mongo.count(Query.query(Criteria.where("villageId").is(villageId).and("active").is(true)),
                "households");
        return new VillageLookup(village.id(), village.townshipId(), village.name(), households);
    }
}
