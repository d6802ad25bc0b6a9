package org.villagegov.grid.region;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.platform.openapi.ResourceId;
import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.Role;

/** The county's region tree: managed by the county admin, read by everyone in the county. */
@Tag(name = "Regions",
        description = "The county's region tree (townships, villages, natural villages, groups), managed by the county admin.")
@RestController
@RequestMapping("/api/v1/grid/regions")
class RegionController {

    private final Regions regions;

    RegionController(Regions regions) {
        this.regions = regions;
    }

    /** {@code id} may be given (e.g. the administrative division code) so other systems keep theirs; else one is made. */
    record CreateRegion(@Pattern(regexp = "[a-z0-9][a-z0-9-]{1,63}", message = "must be lowercase letters, digits and dashes")
                        @Size(max = 64) String id,
                        @NotNull Region.Kind kind, @NotBlank @Size(max = 100) String name, @Size(max = 64) String parentId) {
    }

    record RenameRegion(@NotBlank @Size(max = 100) String name) {
    }

    record MoveRegion(@NotBlank @Size(max = 64) String parentId) {
    }

    record RegionView(String id, Region.Kind kind, String name, String parentId, String townshipId, String villageId) {
        static RegionView of(Region region) {
            return new RegionView(region.id(), region.kind(), region.name(), region.parentId(), region.townshipId(),
                    region.villageId());
        }
    }

    record RegionNode(String id, Region.Kind kind, String name, List<RegionNode> children) {
        static RegionNode of(RegionTree.Node node) {
            return new RegionNode(node.id(), node.kind(), node.name(), node.children().stream().map(RegionNode::of).toList());
        }
    }

    @Operation(summary = "Create a region",
            description = "Adds a township, village, natural village or villagers' group to the county's region tree, "
                    + "under a parent of the kind above it; an `id` may be given (e.g. the administrative division "
                    + "code). 422 when the parent is unknown or of the wrong kind; 409 when the id is taken.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @AnyRole(Role.COUNTY_ADMIN)
    RegionView create(@Valid @RequestBody CreateRegion request) {
        return RegionView.of(regions.create(request.id(), request.kind(), request.name(), request.parentId()));
    }

    @Operation(summary = "Rename a region",
            description = "Changes a region's name; every service sees the new name. Raises region.changed.")
    @PatchMapping("/{id}")
    @AnyRole(Role.COUNTY_ADMIN)
    RegionView rename(@PathVariable @ResourceId String id, @Valid @RequestBody RenameRegion request) {
        return RegionView.of(regions.rename(id, request.name()));
    }

    /** A village to another township (what is located in it follows), a natural village or group within its village. */
    @Operation(summary = "Move a region",
            description = "Moves a village to another township (its households, micro-grids, pairings, visits, reports "
                    + "and tasks follow), or a natural village or group within its administrative village. 422 for "
                    + "any other move. Raises region.changed.")
    @PostMapping("/{id}/move")
    @AnyRole(Role.COUNTY_ADMIN)
    RegionView move(@PathVariable @ResourceId String id, @Valid @RequestBody MoveRegion request) {
        return RegionView.of(regions.move(id, request.parentId()));
    }

    @Operation(summary = "Read a region",
            description = "One region with its parent, township and village. Region names are public within the "
                    + "county.")
    @GetMapping("/{id}")
    @RegionReaders
    RegionView get(@PathVariable @ResourceId String id) {
        return RegionView.of(regions.get(id));
    }

    /** The whole tree, townships first, children by name. Region names are public within the county. */
    @Operation(summary = "The region tree",
            description = "The county's whole region tree, townships first and children by name.")
    @GetMapping("/tree")
    @RegionReaders
    List<RegionNode> tree() {
        return regions.tree().stream().map(RegionNode::of).toList();
    }
}
