package org.villagegov.council.council;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.council.config.Ids;
import org.villagegov.council.config.Pages;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.place.Place;
import org.villagegov.platform.place.PlaceKind;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.web.PageResponse;

import static org.villagegov.council.config.Access.WRITERS;
import static org.villagegov.council.config.Access.READERS;

/** Councils per natural village, their terms, members and president. */
@RestController
@RequestMapping("/api/v1/council/councils")
@Tag(name = "Councils", description = "Villagers' councils per natural village: terms, members, president, history")
class CouncilController {
    private final MongoTemplate mongo;
    private final Councils councils;
    private final PlaceGuard places;
    private final Clock clock;

    CouncilController(MongoTemplate mongo, Councils councils, PlaceGuard places, Clock clock) {
        this.mongo = mongo;
        this.councils = councils;
        this.places = places;
        this.clock = clock;
    }

    record NewCouncil(@NotBlank @Size(max = 64) String villageId, @Size(max = 64) String townshipId, @NotBlank @Size(max = 64) String naturalVillageId,
                      @NotBlank @Size(max = 100) String name, @NotNull @Min(3) @Max(15) Integer seats) {
    }

    record NewMember(@NotBlank @Size(max = 100) String name, @Size(max = 64) String householdId,
                     @NotNull Council.Category category, boolean president) {
    }

    record NewTerm(@NotNull LocalDate start, @NotNull LocalDate end,
                   @NotNull @Size(min = 1, max = 15) List<@NotNull @Valid NewMember> members) {
    }

    record President(@NotBlank @Size(max = 64) String memberId) {
    }

    record CouncilView(String id, String townshipId, String villageId, String naturalVillageId, String name, int seats,
                       Council.Term currentTerm, List<Council.Term> pastTerms, Long version) {
        static CouncilView of(Council c) {
            return new CouncilView(c.id(), c.townshipId(), c.villageId(), c.naturalVillageId(), c.name(), c.seats(),
                    c.currentTerm(), c.pastTerms(), c.getVersion());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(WRITERS)
    @Operation(summary = "Form the council of a natural village (one per natural village: 409 for a second)")
    CouncilView form(@Valid @RequestBody NewCouncil request, PlatformUser user) {
        Place village = places.village(request.villageId(), request.townshipId(), user, "villageId", "townshipId");
        // the natural village comes from the region tree and must lie in the caller's village
        places.placeIn(request.naturalVillageId(), PlaceKind.NATURAL_VILLAGE, village.id(), "naturalVillageId");
        return CouncilView.of(mongo.insert(Council.form(village.townshipId(), village.id(), request.naturalVillageId(),
                request.name(), request.seats(), clock.instant())));
    }

    @GetMapping
    @PreAuthorize(READERS)
    PageResponse<CouncilView> list(@RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String villageId,
                                   @RequestParam(defaultValue = "0") @Min(0) int page,
                                   @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, PlatformUser user) {
        return Pages.find(mongo, places.listScope(user, villageId), Council.class, page, size, Sort.by("name"), CouncilView::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "A council with its current term and the history of its terms")
    CouncilView get(@PathVariable String id, PlatformUser user) {
        return CouncilView.of(councils.visible(id, user));
    }

    @PostMapping("/{id}/terms")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Seat a term entered directly (a council formed before the platform); the current term goes to history")
    CouncilView seat(@PathVariable String id, @Valid @RequestBody NewTerm request, PlatformUser user) {
        Council council = councils.visible(id, user);
        // one batch lookup for every member named with a household
        places.householdsOf(request.members().stream().map(NewMember::householdId).filter(Objects::nonNull).toList(),
                council.villageId(), "members");
        List<Council.Member> members = request.members().stream()
                .map(m -> new Council.Member(UUID.randomUUID().toString(), m.name(), m.householdId(), m.category(), m.president()))
                .toList();
        council.seat(request.start(), request.end(), members, null, clock.instant());
        return CouncilView.of(councils.save(council));
    }

    @PutMapping("/{id}/president")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Designate the president among the current members")
    CouncilView president(@PathVariable String id, @Valid @RequestBody President request, PlatformUser user) {
        Council council = councils.visible(id, user);
        council.designatePresident(request.memberId());
        return CouncilView.of(councils.save(council));
    }
}
