package org.villagegov.points.supermarket;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.place.HouseholdPlace;
import org.villagegov.platform.place.Place;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.time.CountyTime;

/**
 * A village's love supermarket: its shelves and the redemptions at its counter. Stock and
 * balance change only by conditional updates; a redemption and its refund run as a saga
 * ({@link RedemptionSaga}).
 */
@Service
class Supermarket {

    private final ItemRepository items;
    private final RedemptionRepository redemptions;
    private final SupermarketQueries queries;
    private final RedemptionSaga saga;
    private final RedemptionRecovery recovery;
    private final PlaceGuard places;
    private final MongoTemplate mongo;
    private final CountyTime time;

    Supermarket(ItemRepository items, RedemptionRepository redemptions, SupermarketQueries queries, RedemptionSaga saga,
                RedemptionRecovery recovery, PlaceGuard places, MongoTemplate mongo, CountyTime time) {
        this.items = items;
        this.redemptions = redemptions;
        this.queries = queries;
        this.saga = saga;
        this.recovery = recovery;
        this.places = places;
        this.mongo = mongo;
        this.time = time;
    }

    /** The village's township is the grid's: a {@code townshipId} naming another one is refused. */
    Item createItem(String townshipId, String villageId, String name, int price, int stock, PlatformUser user) {
        Place village = places.village(villageId, townshipId, user, "villageId", "townshipId");
        return items.insert(Item.create(UUID.randomUUID().toString(), village.townshipId(), village.id(), name, price,
                stock, user.subject(), time.now()));
    }

    Page<Item> items(String villageId, Pageable pageable, PlatformUser user) {
        return queries.items(places.listScope(user, villageId), pageable);
    }

    Item item(String id, PlatformUser user) {
        return items.findById(id).filter(i -> user.mayAccess(i.townshipId(), i.villageId()))
                .orElseThrow(() -> new NotFoundException("Item", id));
    }

    /** A top-up is recorded on the item with who and when, in the same write as the stock. */
    Item topUp(String id, int quantity, String note, PlatformUser user) {
        item(id, user);
        Item.TopUp entry = new Item.TopUp(quantity, note, user.subject(), time.now());
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                new Update().inc("stock", quantity).push("topUps", entry).inc("version", 1), Item.class);
        return items.findById(id).orElseThrow();
    }

    /** Only an item of the household's own village may be redeemed. */
    Redemption redeem(String householdId, String itemId, int quantity, PlatformUser user) {
        HouseholdPlace household = places.household(householdId, user, "householdId");
        Item item = item(itemId, user);
        if (!item.villageId().equals(household.villageId())) {
            throw new RuleViolationException("itemId", "The item belongs to another village's supermarket");
        }
        recovery.expect();  // before the saga stores anything: a crash mid-saga leaves its county marked
        return saga.redeem(household, item, quantity, user.subject());
    }

    /** Receipts in the caller's scope, narrowed by the filters the query names (each checked by the guard). */
    Page<Redemption> redemptions(String villageId, String householdId, Redemption.Status status, Pageable pageable,
                                 PlatformUser user) {
        Criteria scope = places.listScope(user, villageId);
        if (householdId != null) {
            places.householdFilter(householdId, user, "householdId");
        }
        return queries.redemptions(scope, householdId, status, pageable);
    }

    Redemption redemption(String id, PlatformUser user) {
        return redemptions.findById(id).filter(r -> user.mayAccess(r.townshipId(), r.villageId()))
                .orElseThrow(() -> new NotFoundException("Redemption", id));
    }

    Redemption refund(String id, String reason, PlatformUser user) {
        Redemption redemption = redemption(id, user);
        recovery.expect();
        return saga.refund(redemption, user.subject(), reason);
    }
}
