package org.villagegov.grid.lookup;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.platform.audit.ReadOnlyPost;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.openapi.ResourceId;
import org.villagegov.platform.place.HouseholdPlace;
import org.villagegov.platform.place.Place;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.place.PlaceKind;
import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.Role;

/**
 * What the other services ask synchronously (CONTRACTS.md): does this place or household exist
 * and where, how many households a village has. Never personal data. Any role of the county:
 * the gateway does not route these, only the services call them.
 */
@Tag(name = "Lookups",
        description = "What other services and integrators ask about households, villages and places of the county, masked for the caller.")
@RestController
@RequestMapping("/api/v1/grid/lookup")
@AnyRole({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.VILLAGE_CADRE, Role.COUNCIL_MEMBER, Role.GRID_WORKER,
        Role.MEDIATOR, Role.POINTS_CLERK, Role.VILLAGER, Role.INTEGRATOR, Role.SERVICE})
class LookupController {

    private final LocalPlaceDirectory places;

    LookupController(LocalPlaceDirectory places) {
        this.places = places;
    }

    record VillageLookup(String villageId, String townshipId, String name, long householdCount) {
    }

    record PlaceLookup(String id, PlaceKind kind, String name, String townshipId, String villageId,
                       String naturalVillageId, long householdCount) {
    }

    record HouseholdsQuestion(@NotNull @Size(max = PlaceGuard.MAX_HOUSEHOLDS)
                              List<@NotBlank @Size(max = 64) String> householdIds) {
    }

    record HouseholdsAnswer(List<HouseholdPlace> households) {
    }

    @Operation(summary = "Where a household is",
            description = "A household's township, village, natural village and group, without personal data; 404 when "
                    + "the county has no such household.")
    @GetMapping("/households/{householdId}")
    HouseholdPlace household(@PathVariable @ResourceId String householdId) {
        HouseholdPlace household = places.households(List.of(householdId)).get(householdId);
        if (household == null) {
            throw new NotFoundException("Household", householdId);
        }
        return household;
    }

    /** Many households in one call (a meeting's attendance, a bulk award); unknown ids are left out. */
    @Operation(summary = "Where many households are",
            description = "The places of many households in one call (a meeting's attendance, a bulk award); ids the "
                    + "county does not know are left out. Reads only: nothing is created.")
    @PostMapping("/households")
    @ReadOnlyPost
    HouseholdsAnswer households(@Valid @RequestBody HouseholdsQuestion question) {
        return new HouseholdsAnswer(List.copyOf(places.households(question.householdIds()).values()));
    }

    @Operation(summary = "A village and its household count",
            description = "A village's township, name and number of active households; 404 when it is not a village of "
                    + "the county.")
    @GetMapping("/villages/{villageId}")
    VillageLookup village(@PathVariable @ResourceId String villageId) {
        Place village = places.place(villageId).filter(place -> place.kind() == PlaceKind.VILLAGE)
                .orElseThrow(() -> new NotFoundException("Village", villageId));
        return new VillageLookup(village.id(), village.townshipId(), village.name(), places.householdCount(village));
    }

    /** Any place of the county's region tree or a micro-grid, with its active households now. */
    @Operation(summary = "Any place and its household count",
            description = "Any place of the county's region tree, or a micro-grid, with its active households now; 404 "
                    + "when unknown.")
    @GetMapping("/places/{id}")
    PlaceLookup place(@PathVariable @ResourceId String id) {
        Place place = places.place(id).orElseThrow(() -> new NotFoundException("Place", id));
        return new PlaceLookup(place.id(), place.kind(), place.name(), place.townshipId(), place.villageId(),
                place.naturalVillageId(), places.householdCount(place));
    }
}
