package org.villagegov.council.representative;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.council.config.Readers;
import org.villagegov.council.config.Writers;
import org.villagegov.platform.openapi.ResourceId;
import org.villagegov.platform.security.PlatformUser;

/** The roster of a village's villagers' representatives, kept by its cadres. */
@RestController
@RequestMapping("/api/v1/council/villages/{villageId}/representatives")
@Tag(name = "Representatives", description = "The roster of villagers' representatives per village: who a representatives' meeting counts on")
class RepresentativeController {

    private final Representatives representatives;

    RepresentativeController(Representatives representatives) {
        this.representatives = representatives;
    }

    record NewRepresentative(@NotBlank @Size(max = 64) String householdId, @NotBlank @Size(max = 100) String name) {
    }

    record Roster(@NotNull @Size(min = 1, max = 500) List<@NotNull @Valid NewRepresentative> representatives) {
    }

    record RosterView(String villageId, String townshipId, List<RepresentativeView> representatives,
                      Instant updatedAt, Long version) {
        static RosterView of(RepresentativeRoster r) {
            return new RosterView(r.villageId(), r.townshipId(),
                    r.representatives().stream().map(RepresentativeView::of).toList(), r.updatedAt(), r.version());
        }
    }

    record RepresentativeView(String householdId, String name) {
        static RepresentativeView of(RepresentativeRoster.Representative r) {
            return new RepresentativeView(r.householdId(), r.name());
        }
    }

    @PutMapping
    @Writers
    @Operation(summary = "Replace the village's roster of villagers' representatives (each a household of the village); the former one is kept",
            description = "The roster decides who attends step 4 of \"four discussions, two openness\" and who may "
                    + "witness a paper ballot. 422 when a household is named twice or is not of the village.")
    RosterView replace(@PathVariable @ResourceId String villageId, @Valid @RequestBody Roster request, PlatformUser user) {
        return RosterView.of(representatives.replace(villageId, request.representatives().stream()
                .map(r -> new RepresentativeRoster.Representative(r.householdId(), r.name())).toList(), user));
    }

    @GetMapping
    @Readers
    @Operation(summary = "The village's current roster of villagers' representatives",
            description = "404 when the village has no roster yet or lies outside the caller's scope.")
    RosterView get(@PathVariable @ResourceId String villageId, PlatformUser user) {
        return RosterView.of(representatives.roster(villageId, user));
    }
}
