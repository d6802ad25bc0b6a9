package org.villagegov.points.supermarket;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.platform.openapi.ResourceId;
import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Role;
import org.villagegov.platform.web.PageResponse;

@Tag(name = "Love supermarket",
        description = "Items a village's households redeem with their points, stock top-ups, redemptions and refunds.")
@RestController
@RequestMapping("/api/v1/points/supermarket")
@Validated
class SupermarketController {

    private final Supermarket supermarket;

    SupermarketController(Supermarket supermarket) {
        this.supermarket = supermarket;
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
                    List<TopUpView> topUps) {
        static ItemView of(Item i) {
            return new ItemView(i.id(), i.townshipId(), i.villageId(), i.name(), i.price(), i.stock(),
                    i.topUps().stream().map(TopUpView::of).toList());
        }
    }

    record TopUpView(int quantity, String note, String by, Instant at) {
        static TopUpView of(Item.TopUp t) {
            return new TopUpView(t.quantity(), t.note(), t.by(), t.at());
        }
    }

    /** The receipt of a redemption, also after a refund. */
    record Receipt(String id, String householdId, String villageId, String itemId, String itemName, int quantity,
                   int unitPrice, int total, Redemption.Status status, String clerk, Instant createdAt,
                   Instant completedAt, String failure, String refundedBy, String refundReason, Instant refundedAt) {
        static Receipt of(Redemption r) {
            return new Receipt(r.id(), r.householdId(), r.villageId(), r.itemId(), r.itemName(),
                    r.quantity(), r.unitPrice(), r.total(), r.status(), r.clerk(), r.createdAt(),
                    r.completedAt(), r.failure(), r.refundedBy(), r.refundReason(), r.refundedAt());
        }
    }

    @PostMapping("/items")
    @ResponseStatus(HttpStatus.CREATED)
    @SupermarketRoles.Shopkeepers
    ItemView createItem(@Valid @RequestBody CreateItem request, PlatformUser user) {
        return ItemView.of(supermarket.createItem(request.townshipId(), request.villageId(), request.name(),
                request.price(), request.stock(), user));
    }

    @GetMapping("/items")
    @SupermarketRoles.ShelfReaders
    PageResponse<ItemView> listItems(@RequestParam(required = false) @ResourceId String villageId,
                                     Pageable pageable, PlatformUser user) {
        return PageResponse.of(supermarket.items(villageId, pageable, user), ItemView::of);
    }

    @GetMapping("/items/{id}")
    @SupermarketRoles.ShelfReaders
    ItemView item(@PathVariable @ResourceId String id, PlatformUser user) {
        return ItemView.of(supermarket.item(id, user));
    }

    /** Stock top-ups are recorded on the item with who and when. */
    @PostMapping("/items/{id}/top-ups")
    @SupermarketRoles.Shopkeepers
    ItemView topUp(@PathVariable @ResourceId String id, @Valid @RequestBody TopUp request, PlatformUser user) {
        return ItemView.of(supermarket.topUp(id, request.quantity(), request.note(), user));
    }

    @PostMapping("/redemptions")
    @ResponseStatus(HttpStatus.CREATED)
    @AnyRole({Role.POINTS_CLERK, Role.VILLAGE_CADRE})
    Receipt redeem(@Valid @RequestBody Redeem request, PlatformUser user) {
        return Receipt.of(supermarket.redeem(request.householdId(), request.itemId(), request.quantity(), user));
    }

    @GetMapping("/redemptions")
    @SupermarketRoles.ReceiptReaders
    PageResponse<Receipt> listRedemptions(@RequestParam(required = false) @ResourceId String villageId,
                                          @RequestParam(required = false) @ResourceId String householdId,
                                          @RequestParam(required = false) Redemption.Status status,
                                          Pageable pageable,
                                          PlatformUser user) {
        return PageResponse.of(supermarket.redemptions(villageId, householdId, status, pageable, user), Receipt::of);
    }

    @GetMapping("/redemptions/{id}")
    @SupermarketRoles.ReceiptReaders
    Receipt receipt(@PathVariable @ResourceId String id, PlatformUser user) {
        return Receipt.of(supermarket.redemption(id, user));
    }

    @PostMapping("/redemptions/{id}/refund")
    @SupermarketRoles.Shopkeepers
    Receipt refund(@PathVariable @ResourceId String id, @Valid @RequestBody Refund request, PlatformUser user) {
        return Receipt.of(supermarket.refund(id, request.reason(), user));
    }
}
