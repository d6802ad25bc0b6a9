package org.villagegov.council.group;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.council.config.Readers;
import org.villagegov.council.config.Writers;
import org.villagegov.platform.openapi.ResourceId;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.web.PageResponse;

/** Three-person groups per villagers' group, with their history. */
@RestController
@RequestMapping("/api/v1/council/three-person-groups")
@Tag(name = "Three-person groups", description = "Group leader, party-member representative and villagers' representative per villagers' group")
class ThreePersonGroupController {

    private final ThreePersonGroups groups;
    private final ThreePersonGroupQueries queries;

    ThreePersonGroupController(ThreePersonGroups groups, ThreePersonGroupQueries queries) {
        this.groups = groups;
        this.queries = queries;
    }

    record PersonRequest(@NotBlank @Size(max = 100) String name, @Size(max = 64) String householdId) {
    }

    record Composition(@NotBlank @Size(max = 64) String villageId, @Size(max = 64) String townshipId, @NotBlank @Size(max = 100) String groupName,
                       @NotNull @Valid PersonRequest leader, @NotNull @Valid PersonRequest partyMemberRepresentative,
                       @NotNull @Valid PersonRequest villagersRepresentative, @NotNull LocalDate since) {
    }

    record GroupView(String groupId, String townshipId, String villageId, String groupName,
                     CompositionView current, List<CompositionView> history, Long version) {
        static GroupView of(ThreePersonGroup g) {
            return new GroupView(g.groupId(), g.townshipId(), g.villageId(), g.groupName(), CompositionView.of(g.current()),
                    g.history().stream().map(CompositionView::of).toList(), g.version());
        }
    }

    record CompositionView(PersonView leader, PersonView partyMemberRepresentative, PersonView villagersRepresentative,
                           LocalDate since, LocalDate until, String recordedBy, Instant recordedAt) {
        static CompositionView of(ThreePersonGroup.Composition c) {
            return c == null ? null : new CompositionView(PersonView.of(c.leader()),
                    PersonView.of(c.partyMemberRepresentative()), PersonView.of(c.villagersRepresentative()), c.since(),
                    c.until(), c.recordedBy(), c.recordedAt());
        }
    }

    record PersonView(String name, String householdId) {
        static PersonView of(ThreePersonGroup.Person p) {
            return p == null ? null : new PersonView(p.name(), p.householdId());
        }
    }

    @PutMapping("/{groupId}")
    @Writers
    @Operation(summary = "Record the group's (new) three-person group; the former one is kept in the history",
            description = "The three-person group of a villagers' group: the group leader, the party-member "
                    + "representative and the villagers' representative, three different people of households of the "
                    + "group. 422 when a role is doubled, a household is not of the group, or it starts before the "
                    + "current one.")
    GroupView compose(@PathVariable @ResourceId String groupId, @Valid @RequestBody Composition request, PlatformUser user) {
        return GroupView.of(groups.compose(groupId, request, user));
    }

    @Operation(summary = "List three-person groups",
            description = "Pages through the villagers' groups' three-person groups in the caller's scope, optionally "
                    + "of one village.")
    @GetMapping
    @Readers
    PageResponse<GroupView> list(@RequestParam(required = false) @ResourceId String villageId, Pageable pageable,
                                  PlatformUser user) {
        return PageResponse.of(queries.list(villageId, pageable, user), GroupView::of);
    }

    @Operation(summary = "Read a three-person group",
            description = "A villagers' group's current three-person group and its former compositions; 404 when none "
                    + "was recorded or the group lies outside the caller's scope.")
    @GetMapping("/{groupId}")
    @Readers
    GroupView get(@PathVariable @ResourceId String groupId, PlatformUser user) {
        return GroupView.of(queries.visible(groupId, user));
    }
}
