package org.villagegov.points.lists;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
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

/** Red and black lists: computed from the passbooks, designated by hand, published inside the village. */
@Tag(name = "Red and black lists",
        description = "The red and black lists of a village and period, computed from the points and designated by the village.")
@RestController
@RequestMapping("/api/v1/points/lists")
@Validated
class ListController {

    private final Lists lists;

    ListController(Lists lists) {
        this.lists = lists;
    }

    /** {@code townshipId} is optional: the village's township is the grid's, and a different one is refused. */
    record Compute(@Size(max = 64) String townshipId, @NotBlank @Size(max = 64) String villageId,
                   @NotNull LocalDate periodStart, @NotNull LocalDate periodEnd) {
    }

    record Designate(@NotBlank @Size(max = 64) String householdId, @NotNull ListEntry.Kind kind,
                     @NotBlank @Size(max = 1000) String reason, @NotNull LocalDate periodStart,
                     @NotNull LocalDate periodEnd) {
    }

    record EntryView(String id, ListEntry.Kind kind, String householdId, String villageId, LocalDate periodStart,
                     LocalDate periodEnd, ListEntry.Basis basis, String reason, long earned, long deducted) {
        static EntryView of(ListEntry e) {
            return new EntryView(e.id(), e.kind(), e.householdId(), e.villageId(), e.periodStart(),
                    e.periodEnd(), e.basis(), e.reason(), e.earned(), e.deducted());
        }
    }

    record Computed(int red, int black, int alreadyListed) {
        static Computed of(Lists.Computed computed) {
            return new Computed(computed.red(), computed.black(), computed.alreadyListed());
        }
    }

    @Operation(summary = "Compute a village's red and black lists",
            description = "Publishes the red list (households that earned at least the county's threshold and lost "
                    + "nothing) and the black list (households with enough points deducted) of a village for a "
                    + "period of at most a year, from the passbooks; households already listed for the period are "
                    + "counted, not listed again. Raises lists.computed, and household.redlisted or "
                    + "household.blacklisted per household (a black-listed one gets a grid follow-up visit).")
    @PostMapping("/computations")
    @ListRoles.Keepers
    Computed compute(@Valid @RequestBody Compute request, PlatformUser user) {
        return Computed.of(lists.compute(request.townshipId(), request.villageId(), request.periodStart(),
                request.periodEnd(), user));
    }

    @Operation(summary = "Put a household on a list",
            description = "The village designates a household for the red (praise) or black (correction) list with a "
                    + "reason and period. 409 when it is already on that list for the period; 422 for a period over "
                    + "a year or outside the caller's scope. Raises household.redlisted or household.blacklisted.")
    @PostMapping("/designations")
    @ResponseStatus(HttpStatus.CREATED)
    @ListRoles.Keepers
    EntryView designate(@Valid @RequestBody Designate request, PlatformUser user) {
        return EntryView.of(lists.designate(request.householdId(), request.kind(), request.reason(),
                request.periodStart(), request.periodEnd(), user));
    }

    /** Published lists are public inside the village, villagers included. */
    @Operation(summary = "Published red and black lists",
            description = "The lists published in the caller's village or scope, optionally of one kind or period; "
                    + "public inside the village, villagers included.")
    @GetMapping
    @AnyRole({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.VILLAGE_CADRE, Role.COUNCIL_MEMBER, Role.GRID_WORKER,
            Role.POINTS_CLERK, Role.VILLAGER, Role.INTEGRATOR})
    PageResponse<EntryView> list(@RequestParam(required = false) @ResourceId String villageId,
                                 @RequestParam(required = false) ListEntry.Kind kind,
                                 @RequestParam(required = false) LocalDate periodStart,
                                 Pageable pageable, PlatformUser user) {
        return PageResponse.of(lists.list(villageId, kind, periodStart, pageable, user), EntryView::of);
    }
}
