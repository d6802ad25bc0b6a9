package org.villagegov.grid.microgrid;

import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.place.Place;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.messaging.Outbox;
import org.villagegov.platform.time.CountyTime;

/**
 * Micro-grids and their households. Joining takes two single-document writes in an order
 * that keeps both rules without a transaction: first the membership (its id is the
 * household's, so a second grid is refused), then the grid's conditional push (refused past
 * the county's limit, in which case the membership is taken back).
 */
@Service
class MicroGrids {

    private final MongoTemplate mongo;
    private final PlaceGuard places;
    private final CountyTime time;
    private final Outbox outbox;

    MicroGrids(MongoTemplate mongo, PlaceGuard places, CountyTime time, Outbox outbox) {
        this.mongo = mongo;
        this.places = places;
        this.time = time;
        this.outbox = outbox;
    }

    MicroGrid create(String villageId, String townshipId, String name, String workerSubject, String workerName,
                     PlatformUser user) {
        Place village = places.village(villageId, townshipId, user, "villageId", "townshipId");
        return mongo.insert(MicroGrid.create(UUID.randomUUID().toString(), village.townshipId(), village.id(), name,
                workerSubject, workerName, time.now()));
    }

    MicroGrid visible(String id, PlatformUser user) {
        MicroGrid grid = mongo.findById(id, MicroGrid.class);
        if (grid == null || !user.mayAccess(grid.townshipId(), grid.villageId())) {
            throw new NotFoundException("Micro-grid", id);
        }
        return grid;
    }

    List<MicroGrid> ofVillage(String villageId, PlatformUser user) {
        places.village(villageId, user, "villageId");
        return mongo.find(Query.query(Criteria.where("villageId").is(villageId)), MicroGrid.class).stream()
                .filter(grid -> user.mayAccess(grid.townshipId(), grid.villageId()))
                .toList();
    }

    MicroGrid addHousehold(String gridId, String householdId, PlatformUser user) {
        MicroGrid grid = visible(gridId, user);
        places.householdOf(householdId, grid.villageId(), "householdId");
        try {
            mongo.insert(new GridMembership(householdId, gridId, time.now()));
        } catch (DuplicateKeyException alreadyPlaced) {
            throw new ConflictException("Household '" + householdId + "' already belongs to a micro-grid");
        }
        int limit = settings().maxHouseholdsPerMicroGrid();
        Query roomLeft = Query.query(Criteria.where("_id").is(gridId).and("size").lt(limit));
        Update join = new Update().push("householdIds", householdId).inc("size", 1).inc("version", 1);
        outbox.append(join, "micro-grid.household-added", membership(grid, householdId), time.now());
        if (mongo.updateFirst(roomLeft, join, MicroGrid.class).getModifiedCount() == 0) {
            mongo.remove(Query.query(Criteria.where("_id").is(householdId)), GridMembership.class);
            throw new ConflictException("Micro-grid '" + grid.name() + "' already has " + limit
                    + " households, the county's limit");
        }
        outbox.nudge(MicroGrid.class);
        return mongo.findById(gridId, MicroGrid.class);
    }

    MicroGrid removeHousehold(String gridId, String householdId, PlatformUser user) {
        MicroGrid grid = visible(gridId, user);
        Query member = Query.query(Criteria.where("_id").is(gridId).and("householdIds").is(householdId));
        Update leave = new Update().pull("householdIds", householdId).inc("size", -1).inc("version", 1);
        outbox.append(leave, "micro-grid.household-removed", membership(grid, householdId), time.now());
        if (mongo.updateFirst(member, leave, MicroGrid.class).getModifiedCount() == 0) {
            throw new NotFoundException("Household in micro-grid", householdId);
        }
        outbox.nudge(MicroGrid.class);
        mongo.remove(Query.query(Criteria.where("_id").is(householdId).and("microGridId").is(gridId)), GridMembership.class);
        return mongo.findById(gridId, MicroGrid.class);
    }

    MicroGrid assignWorker(String gridId, String subject, String name, PlatformUser user) {
        MicroGrid grid = visible(gridId, user);
        grid.assignWorker(subject, name, time.now());
        return mongo.save(grid);
    }

    private static MicroGrid.MembershipChanged membership(MicroGrid grid, String householdId) {
        return new MicroGrid.MembershipChanged(grid.id(), householdId, grid.townshipId(), grid.villageId());
    }

    CountyGridSettings settings() {
        CountyGridSettings settings = mongo.findById(CountyGridSettings.ID, CountyGridSettings.class);
        return settings != null ? settings : CountyGridSettings.defaults();
    }

    CountyGridSettings changeLimit(int maxHouseholds) {
        return mongo.save(new CountyGridSettings(CountyGridSettings.ID, maxHouseholds));
    }
}
