package org.villagegov.council.representative;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.place.Place;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;

import static org.villagegov.council.config.Access.READERS;
import static org.villagegov.council.config.Access.WRITERS;

/** The roster of a village's villagers' representatives, kept by its cadres. */
@RestController
@RequestMapping("/api/v1/council/villages/{villageId}/representatives")
@Tag(name = "Representatives", description = "The roster of villagers' representatives per village: who a representatives' meeting counts on")
class RepresentativeController {

    private final MongoTemplate mongo;
    private final PlaceGuard places;
    private final Clock clock;

    RepresentativeController(MongoTemplate mongo, PlaceGuard places, Clock clock) {
        this.mongo = mongo;
        this.places = places;
        this.clock = clock;
    }

    record NewRepresentative(@NotBlank @Size(max = 64) String householdId, @NotBlank @Size(max = 100) String name) {
    }

    record Roster(@NotNull @Size(min = 1, max = 500) List<@NotNull @Valid NewRepresentative> representatives) {
    }

    record RosterView(String villageId, String townshipId, List<RepresentativeRoster.Representative> representatives,
                      Instant updatedAt, Long version) {
        static RosterView of(RepresentativeRoster r) {
            return new RosterView(r.villageId(), r.townshipId(), r.representatives(), r.updatedAt(), r.getVersion());
        }
    }

    @PutMapping
    @PreAuthorize(WRITERS)
    @Operation(summary = "Replace the village's roster of villagers' representatives (each a household of the village); the former one is kept")
    RosterView replace(@PathVariable String villageId, @Valid @RequestBody Roster request, PlatformUser user) {
        Place village = visibleVillage(villageId, user);
        // one batch lookup: every representative an active household of this village
        places.householdsOf(request.representatives().stream().map(NewRepresentative::householdId).toList(), village.id(),
                "representatives");
        RepresentativeRoster roster = mongo.findById(village.id(), RepresentativeRoster.class);
        if (roster == null) {
            roster = RepresentativeRoster.of(village.townshipId(), village.id());
        }
        roster.replace(request.representatives().stream()
                .map(r -> new RepresentativeRoster.Representative(r.householdId(), r.name())).toList(), user.subject(),
                clock.instant());
        return RosterView.of(mongo.save(roster));
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "The village's current roster of villagers' representatives")
    RosterView get(@PathVariable String villageId, PlatformUser user) {
        Place village = visibleVillage(villageId, user);
        RepresentativeRoster roster = mongo.findById(village.id(), RepresentativeRoster.class);
        if (roster == null) {
            throw new NotFoundException("Roster of representatives", villageId);
        }
        return RosterView.of(roster);
    }

    /** A village named in the path: unknown or out of scope reads as not found. */
    private Place visibleVillage(String villageId, PlatformUser user) {
        try {
            return places.village(villageId, user, "villageId");
        } catch (RuleViolationException e) {
            throw new NotFoundException("Village", villageId);
        }
    }
}
