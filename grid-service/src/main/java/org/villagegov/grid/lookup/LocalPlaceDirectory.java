package org.villagegov.grid.lookup;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.villagegov.grid.region.Region;
import org.villagegov.grid.region.RegionRepository;
import org.villagegov.platform.place.HouseholdPlace;
import org.villagegov.platform.place.Place;
import org.villagegov.platform.place.PlaceDirectory;
import org.villagegov.platform.place.PlaceKind;

/**
 * grid-service is the source of the places the platform's place guard checks: here they come
 * from its own database, and the lookup API hands the same answers to the other services.
 * Households are read from the raw documents: a lookup projects a few fields and never touches
 * personal data.
 */
@Component
class LocalPlaceDirectory implements PlaceDirectory {

    private final MongoTemplate mongo;
    private final RegionRepository regions;

    LocalPlaceDirectory(MongoTemplate mongo, RegionRepository regions) {
        this.mongo = mongo;
        this.regions = regions;
    }

    @Override
    public Optional<Place> place(String id) {
        Optional<Place> region = regions.findById(id).map(LocalPlaceDirectory::place);
        if (region.isPresent()) {
            return region;
        }
        Document grid = mongo.findById(id, Document.class, "micro_grids");
        return Optional.ofNullable(grid).map(found -> new Place(id, PlaceKind.MICRO_GRID, found.getString("name"),
                found.getString("townshipId"), found.getString("villageId"), null));
    }

    @Override
    public Map<String, HouseholdPlace> households(Collection<String> householdIds) {
        Query query = Query.query(Criteria.where("_id").in(householdIds));
        query.fields().include("townshipId", "villageId", "naturalVillageId", "groupId", "headName", "active")
                .include("residents._id");
        List<Document> found = mongo.find(query, Document.class, "households");
        Query memberships = Query.query(Criteria.where("_id").in(householdIds));
        Map<String, String> gridOf = new LinkedHashMap<>();
        mongo.find(memberships, Document.class, "grid_memberships")
                .forEach(membership -> gridOf.put(membership.getString("_id"), membership.getString("microGridId")));
        Map<String, HouseholdPlace> households = new LinkedHashMap<>();
        for (Document household : found) {
            String id = household.getString("_id");
            households.put(id, new HouseholdPlace(id, household.getString("townshipId"), household.getString("villageId"),
                    household.getString("naturalVillageId"), household.getString("groupId"), gridOf.get(id),
                    household.getString("headName"), household.getList("residents", Object.class, List.of()).size(),
                    household.getBoolean("active", true)));
        }
        return households;
    }

    @Override
    public long householdCount(String placeId) {
        return place(placeId).map(this::householdCount).orElse(0L);
    }

    /** Active households of a place already found (the lookup answers both without reading the place twice). */
    long householdCount(Place place) {
        String placeId = place.id();
        String field = switch (place.kind()) {
            case TOWNSHIP -> "townshipId";
            case VILLAGE -> "villageId";
            case NATURAL_VILLAGE -> "naturalVillageId";
            case GROUP -> "groupId";
            case MICRO_GRID -> null;
        };
        if (field == null) {
            Document grid = mongo.findById(placeId, Document.class, "micro_grids");
            return grid == null ? 0 : grid.getList("householdIds", Object.class, List.of()).size();
        }
        return mongo.count(Query.query(Criteria.where(field).is(placeId).and("active").is(true)), "households");
    }

    private static Place place(Region region) {
        String naturalVillage = switch (region.kind()) {
            case NATURAL_VILLAGE -> region.id();
            case GROUP -> region.parentId();
            default -> null;
        };
        return new Place(region.id(), PlaceKind.valueOf(region.kind().name()), region.name(), region.townshipId(),
                region.villageId(), naturalVillage);
    }
}
