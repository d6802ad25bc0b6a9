package org.villagegov.council.group;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.council.config.Ids;
import org.villagegov.council.config.Pages;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.place.HouseholdPlace;
import org.villagegov.platform.place.Place;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.web.PageResponse;

/** Three-person groups per villagers' group, with their history. */
@RestController
@RequestMapping("/api/v1/council/three-person-groups")
@Tag(name = "Three-person groups", description = "Group leader, party-member representative and villagers' representative per villagers' group")
class ThreePersonGroupController {

    private final MongoTemplate mongo;
    private final PlaceGuard places;
    private final Clock clock;

    ThreePersonGroupController(MongoTemplate mongo, PlaceGuard places, Clock clock) {
        this.mongo = mongo;
        this.places = places;
        this.clock = clock;
    }

    record PersonRequest(@NotBlank @Size(max = 100) String name, @Size(max = 64) String householdId) {
    }

    record Composition(@NotBlank @Size(max = 64) String villageId, @Size(max = 64) String townshipId, @NotBlank @Size(max = 100) String groupName,
                       @NotNull @Valid PersonRequest leader, @NotNull @Valid PersonRequest partyMemberRepresentative,
                       @NotNull @Valid PersonRequest villagersRepresentative, @NotNull LocalDate since) {
    }

    record GroupView(String groupId, String townshipId, String villageId, String groupName,
                     ThreePersonGroup.Composition current, List<ThreePersonGroup.Composition> history, Long version) {
        static GroupView of(ThreePersonGroup g) {
            return new GroupView(g.groupId(), g.townshipId(), g.villageId(), g.groupName(), g.current(), g.history(),
                    g.getVersion());
        }
    }

    @PutMapping("/{groupId}")
    @PreAuthorize("hasAnyRole('village-cadre','county-admin')")
    @Operation(summary = "Record the group's (new) three-person group; the former one is kept in the history")
    GroupView compose(@PathVariable String groupId, @Valid @RequestBody Composition request, PlatformUser user) {
        Place village = places.village(request.villageId(), request.townshipId(), user, "villageId", "townshipId");
        ThreePersonGroup group = mongo.findById(groupId, ThreePersonGroup.class);
        if (group != null && !group.villageId().equals(village.id())) {
            if (!user.mayAccess(group.townshipId(), group.villageId())) {
                throw new NotFoundException("Three-person group", groupId);
            }
            throw new RuleViolationException("villageId", "Group " + groupId + " belongs to village " + group.villageId());
        }
        if (group == null) {
            group = ThreePersonGroup.of(groupId, village.townshipId(), village.id());
        }
        group.compose(request.groupName(), person(request.leader(), groupId, village, "leader"),
                person(request.partyMemberRepresentative(), groupId, village, "partyMemberRepresentative"),
                person(request.villagersRepresentative(), groupId, village, "villagersRepresentative"),
                request.since(), user.subject(), clock.instant());
        return GroupView.of(mongo.save(group));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('county-admin','township-officer','village-cadre','council-member','grid-worker','villager','integrator')")
    PageResponse<GroupView> list(@RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String villageId,
                                 @RequestParam(defaultValue = "0") @Min(0) int page,
                                 @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, PlatformUser user) {
        return Pages.find(mongo, places.listScope(user, villageId), ThreePersonGroup.class, page, size, Sort.by("groupName"),
                GroupView::of);
    }

    @GetMapping("/{groupId}")
    @PreAuthorize("hasAnyRole('county-admin','township-officer','village-cadre','council-member','grid-worker','villager','integrator')")
    GroupView get(@PathVariable String groupId, PlatformUser user) {
        ThreePersonGroup group = mongo.findById(groupId, ThreePersonGroup.class);
        if (group == null || !user.mayAccess(group.townshipId(), group.villageId())) {
            throw new NotFoundException("Three-person group", groupId);
        }
        return GroupView.of(group);
    }

    /** A person named with a household must live in that group, as grid-service knows it. */
    private ThreePersonGroup.Person person(PersonRequest request, String groupId, Place village, String field) {
        if (request.householdId() != null) {
            HouseholdPlace household = places.householdOf(request.householdId(), village.id(), field + ".householdId");
            if (household.groupId() != null && !household.groupId().equals(groupId)) {
                throw new RuleViolationException(field + ".householdId", "Household " + request.householdId()
                        + " belongs to group " + household.groupId());
            }
        }
        return new ThreePersonGroup.Person(request.name(), request.householdId());
    }
}
