package org.villagegov.points.supermarket;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
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
    record CreateItem(@Schema(description = "optional: the village's township, checked against the region tree",
                              example = "t-9a51c0f2-b7e1")
                      @Size(max = 64) String townshipId,
                      @Schema(description = "the village whose love supermarket sells it", example = "v-3f1c9b2e-8d4a")
                      @NotBlank @Size(max = 64) String villageId,
                      @Schema(description = "the goods as shown on the shelf", example = "食用油 5L")
                      @NotBlank @Size(max = 200) String name,
                      @Schema(description = "the price of one, in points", example = "50")
                      @NotNull @Min(1) @Max(100000) Integer price,
                      @Schema(description = "the opening stock", example = "20")
                      @NotNull @Min(0) @Max(100000) Integer stock) {
    }

    record TopUp(@NotNull @Min(1) @Max(100000) Integer quantity, @Size(max = 500) String note) {
    }

    record Redeem(@Schema(description = "the household whose passbook pays",
                          example = "0c6f3a52-7d1e-4b8a-9f20-5e4d3c2b1a09")
                  @NotBlank @Size(max = 64) String householdId,
                  @Schema(description = "an item of the household's own village's supermarket",
                          example = "7a2b9c4d-1e3f-4a5b-8c6d-0e1f2a3b4c5d")
                  @NotBlank @Size(max = 64) String itemId,
                  @Schema(description = "how many; the total price is debited from the passbook", example = "1")
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

    @Operation(summary = "Stock a new item",
            description = "Puts an item on the shelf of a village's love supermarket with its price in points and its "
                    + "opening stock; the village must be in the caller's scope (422 otherwise).")
    @PostMapping("/items")
    @ResponseStatus(HttpStatus.CREATED)
    @SupermarketRoles.Shopkeepers
    ItemView createItem(@Valid @RequestBody CreateItem request, PlatformUser user) {
        return ItemView.of(supermarket.createItem(request.townshipId(), request.villageId(), request.name(),
                request.price(), request.stock(), user));
    }

    @Operation(summary = "List the shelf",
            description = "Pages through the love supermarket items of the caller's village, or one village of their "
                    + "scope.")
    @GetMapping("/items")
    @SupermarketRoles.ShelfReaders
    PageResponse<ItemView> listItems(@RequestParam(required = false) @ResourceId String villageId,
                                     Pageable pageable, PlatformUser user) {
        return PageResponse.of(supermarket.items(villageId, pageable, user), ItemView::of);
    }

    @Operation(summary = "Read an item",
            description = "One item with its price, stock and stock top-ups; an item outside the caller's scope is "
                    + "404.")
    @GetMapping("/items/{id}")
    @SupermarketRoles.ShelfReaders
    ItemView item(@PathVariable @ResourceId String id, PlatformUser user) {
        return ItemView.of(supermarket.item(id, user));
    }

    /** Stock top-ups are recorded on the item with who and when. */
    @Operation(summary = "Top up an item's stock",
            description = "Adds stock to an item; each top-up is recorded on the item with who and when.")
    @PostMapping("/items/{id}/top-ups")
    @SupermarketRoles.Shopkeepers
    ItemView topUp(@PathVariable @ResourceId String id, @Valid @RequestBody TopUp request, PlatformUser user) {
        return ItemView.of(supermarket.topUp(id, request.quantity(), request.note(), user));
    }

    @Operation(summary = "Redeem points for an item",
            description = "A household exchanges points for goods of its village's love supermarket: the passbook is "
                    + "debited and the stock taken together or not at all, and a receipt is answered. 422 when the "
                    + "item belongs to another village, the stock is short, or the balance does not cover the total "
                    + "(a passbook never goes negative). Raises redemption.completed.")
    @PostMapping("/redemptions")
    @ResponseStatus(HttpStatus.CREATED)
    @AnyRole({Role.POINTS_CLERK, Role.VILLAGE_CADRE})
    Receipt redeem(@Valid @RequestBody Redeem request, PlatformUser user) {
        return Receipt.of(supermarket.redeem(request.householdId(), request.itemId(), request.quantity(), user));
    }

    @Operation(summary = "List redemptions",
            description = "Pages through the receipts in the caller's scope, optionally of one village, household or "
                    + "status.")
    @GetMapping("/redemptions")
    @SupermarketRoles.ReceiptReaders
    PageResponse<Receipt> listRedemptions(@RequestParam(required = false) @ResourceId String villageId,
                                          @RequestParam(required = false) @ResourceId String householdId,
                                          @RequestParam(required = false) Redemption.Status status,
                                          Pageable pageable,
                                          PlatformUser user) {
        return PageResponse.of(supermarket.redemptions(villageId, householdId, status, pageable, user), Receipt::of);
    }

    @Operation(summary = "Read a receipt",
            description = "One redemption's receipt, also after a refund; one outside the caller's scope is 404.")
    @GetMapping("/redemptions/{id}")
    @SupermarketRoles.ReceiptReaders
    Receipt receipt(@PathVariable @ResourceId String id, PlatformUser user) {
        return Receipt.of(supermarket.redemption(id, user));
    }

    @Operation(summary = "Refund a redemption",
            description = "Reverses a completed redemption: the points go back to the passbook and the goods back to "
                    + "stock, together. 409 when the redemption is not COMPLETED (e.g. already refunded). Raises "
                    + "redemption.refunded.")
    @PostMapping("/redemptions/{id}/refund")
    @SupermarketRoles.Shopkeepers
    Receipt refund(@PathVariable @ResourceId String id, @Valid @RequestBody Refund request, PlatformUser user) {
        return Receipt.of(supermarket.refund(id, request.reason(), user));
    }
}
