package org.villagegov.points.supermarket;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.place.HouseholdPlace;
import org.villagegov.platform.place.Place;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.web.PageResponse;

@RestController
@RequestMapping("/api/v1/points/supermarket")
@Validated
class SupermarketController {

    static final String SHOPKEEPERS = "hasAnyRole('points-clerk','village-cadre','county-admin')";
    static final String STAFF = "hasAnyRole('county-admin','township-officer','village-cadre','points-clerk','integrator')";

    private final ItemRepository items;
    private final RedemptionRepository redemptions;
    private final RedemptionSaga saga;
    private final PlaceGuard places;
    private final MongoTemplate mongo;
    private final Clock clock;

    SupermarketController(ItemRepository items, RedemptionRepository redemptions, RedemptionSaga saga,
                          PlaceGuard places, MongoTemplate mongo, Clock clock) {
        this.items = items;
        this.redemptions = redemptions;
        this.saga = saga;
        this.places = places;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** {@code townshipId} is optional: the village's township is the grid's, and a different one is refused. */
    record CreateItem(@Size(max = 64) String townshipId, @NotBlank @Size(max = 64) String villageId,
                      @NotBlank @Size(max = 200) String name, @NotNull @Min(1) @Max(100000) Integer price,
                      @NotNull @Min(0) @Max(100000) Integer stock) {
    }

    record TopUp(@NotNull @Min(1) @Max(100000) Integer quantity, @Size(max = 500) String note) {
    }

    record Redeem(@NotBlank @Size(max = 64) String householdId, @NotBlank @Size(max = 64) String itemId,
                  @NotNull @Min(1) @Max(100) Integer quantity) {
    }

    record Refund(@NotBlank @Size(max = 1000) String reason) {
    }

    record ItemView(String id, String townshipId, String villageId, String name, int price, int stock,
                    List<Item.TopUp> topUps) {
        static ItemView of(Item i) {
            return new ItemView(i.getId(), i.getTownshipId(), i.getVillageId(), i.getName(), i.getPrice(), i.getStock(),
                    i.getTopUps());
        }
    }

    /** The receipt of a redemption, also after a refund. */
    record Receipt(String id, String householdId, String villageId, String itemId, String itemName, int quantity,
                   int unitPrice, int total, Redemption.Status status, String clerk, Instant createdAt,
                   Instant completedAt, String failure, String refundedBy, String refundReason, Instant refundedAt) {
        static Receipt of(Redemption r) {
            return new Receipt(r.getId(), r.getHouseholdId(), r.getVillageId(), r.getItemId(), r.getItemName(),
                    r.getQuantity(), r.getUnitPrice(), r.getTotal(), r.getStatus(), r.getClerk(), r.getCreatedAt(),
                    r.getCompletedAt(), r.getFailure(), r.getRefundedBy(), r.getRefundReason(), r.getRefundedAt());
        }
    }

    @PostMapping("/items")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(SHOPKEEPERS)
    ItemView createItem(@Valid @RequestBody CreateItem request, PlatformUser user) {
        Place village = places.village(request.villageId(), request.townshipId(), user, "villageId", "townshipId");
        return ItemView.of(items.insert(Item.create(UUID.randomUUID().toString(), village.townshipId(), village.id(),
                request.name(), request.price(), request.stock(), user.subject(), clock.instant())));
    }

    @GetMapping("/items")
    @PreAuthorize("hasAnyRole('county-admin','township-officer','village-cadre','council-member','grid-worker',"
            + "'points-clerk','villager','integrator')")
    PageResponse<ItemView> listItems(@RequestParam(required = false) String villageId,
                                     @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                     @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size, PlatformUser user) {
        Criteria criteria = places.listScope(user, villageId);
        var pageable = PageRequest.of(page, size, Sort.by("name"));
        var found = mongo.find(Query.query(criteria).with(pageable), Item.class);
        return PageResponse.of(PageableExecutionUtils.getPage(found, pageable, () -> mongo.count(Query.query(criteria), Item.class)),
                ItemView::of);
    }

    @GetMapping("/items/{id}")
    @PreAuthorize("hasAnyRole('county-admin','township-officer','village-cadre','council-member','grid-worker',"
            + "'points-clerk','villager','integrator')")
    ItemView item(@PathVariable String id, PlatformUser user) {
        return ItemView.of(visibleItem(id, user));
    }

    /** Stock top-ups are recorded on the item with who and when. */
    @PostMapping("/items/{id}/top-ups")
    @PreAuthorize(SHOPKEEPERS)
    ItemView topUp(@PathVariable String id, @Valid @RequestBody TopUp request, PlatformUser user) {
        visibleItem(id, user);
        Item.TopUp entry = new Item.TopUp(request.quantity(), request.note(), user.subject(), clock.instant());
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                new Update().inc("stock", request.quantity()).push("topUps", entry).inc("version", 1), Item.class);
        return ItemView.of(items.findById(id).orElseThrow());
    }

    @PostMapping("/redemptions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('points-clerk','village-cadre')")
    Receipt redeem(@Valid @RequestBody Redeem request, PlatformUser user) {
        HouseholdPlace household = places.household(request.householdId(), user, "householdId");
        Item item = visibleItem(request.itemId(), user);
        if (!item.getVillageId().equals(household.villageId())) {
            throw new RuleViolationException("itemId", "The item belongs to another village's supermarket");
        }
        return Receipt.of(saga.redeem(household, item, request.quantity(), user.subject()));
    }

    @GetMapping("/redemptions")
    @PreAuthorize(STAFF)
    PageResponse<Receipt> listRedemptions(@RequestParam(required = false) String villageId,
                                          @RequestParam(required = false) String householdId,
                                          @RequestParam(required = false) Redemption.Status status,
                                          @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                          @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
                                          PlatformUser user) {
        List<Criteria> filters = new ArrayList<>(List.of(places.listScope(user, villageId)));
        if (householdId != null) {
            places.householdFilter(householdId, user, "householdId");
            filters.add(Criteria.where("householdId").is(householdId));
        }
        if (status != null) {
            filters.add(Criteria.where("status").is(status));
        }
        Criteria criteria = new Criteria().andOperator(filters);
        var pageable = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt"));
        var found = mongo.find(Query.query(criteria).with(pageable), Redemption.class);
        return PageResponse.of(PageableExecutionUtils.getPage(found, pageable,
                () -> mongo.count(Query.query(criteria), Redemption.class)), Receipt::of);
    }

    @GetMapping("/redemptions/{id}")
    @PreAuthorize(STAFF)
    Receipt receipt(@PathVariable String id, PlatformUser user) {
        return Receipt.of(visibleRedemption(id, user));
    }

    @PostMapping("/redemptions/{id}/refund")
    @PreAuthorize(SHOPKEEPERS)
    Receipt refund(@PathVariable String id, @Valid @RequestBody Refund request, PlatformUser user) {
        return Receipt.of(saga.refund(visibleRedemption(id, user), user.subject(), request.reason()));
    }

    private Item visibleItem(String id, PlatformUser user) {
        return items.findById(id).filter(i -> user.mayAccess(i.getTownshipId(), i.getVillageId()))
                .orElseThrow(() -> new NotFoundException("Item", id));
    }

    private Redemption visibleRedemption(String id, PlatformUser user) {
        return redemptions.findById(id).filter(r -> user.mayAccess(r.getTownshipId(), r.getVillageId()))
                .orElseThrow(() -> new NotFoundException("Redemption", id));
    }
}
