package org.villagegov.grid.region;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.place.PlaceCache;
import org.villagegov.platform.tenancy.TenantContext;

/** The county's region tree: managed by the county admin, read by everyone in the county. */
@RestController
@RequestMapping("/api/v1/grid/regions")
class RegionController {

    private final RegionRepository regions;
    private final VillageContents contents;
    private final PlaceCache places;
    private final Clock clock;

    RegionController(RegionRepository regions, VillageContents contents, PlaceCache places, Clock clock) {
        this.regions = regions;
        this.contents = contents;
        this.places = places;
        this.clock = clock;
    }

    /** {@code id} may be given (e.g. the administrative division code) so other systems keep theirs; else one is made. */
    record CreateRegion(@jakarta.validation.constraints.Pattern(regexp = "[a-z0-9][a-z0-9-]{1,63}",
                                message = "must be lowercase letters, digits and dashes") String id,
                        @NotNull Region.Kind kind, @NotBlank @Size(max = 100) String name, @Size(max = 64) String parentId) {
    }

    record RenameRegion(@NotBlank @Size(max = 100) String name) {
    }

    record RegionView(String id, Region.Kind kind, String name, String parentId, String townshipId, String villageId) {
        static RegionView of(Region region) {
            return new RegionView(region.id(), region.kind(), region.name(), region.parentId(), region.townshipId(),
                    region.villageId());
        }
    }

    record RegionNode(String id, Region.Kind kind, String name, List<RegionNode> children) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('county-admin')")
    RegionView create(@Valid @RequestBody CreateRegion request) {
        Region parent = null;
        if (request.parentId() != null) {
            parent = regions.findById(request.parentId())
                    .orElseThrow(() -> new RuleViolationException("parentId", "No region '" + request.parentId() + "'"));
        }
        String id = request.id() != null ? request.id()
                : request.kind().name().toLowerCase().charAt(0) + "-" + UUID.randomUUID().toString().substring(0, 13);
        return RegionView.of(regions.insert(Region.create(id, request.kind(), request.name(), parent, clock.instant())));
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasRole('county-admin')")
    RegionView rename(@PathVariable String id, @Valid @RequestBody RenameRegion request) {
        Region region = regions.findById(id).orElseThrow(() -> new NotFoundException("Region", id));
        region.rename(request.name());
        Region saved = regions.save(region);
        forgetCachedPlaces();
        return RegionView.of(saved);
    }

    record MoveRegion(@NotBlank @Size(max = 64) String parentId) {
    }

    /**
     * Moves a village to another township (everything recorded in it follows: households,
     * micro-grids, pairings, visits, reports, tasks), or a natural village / group within its
     * village. Each collection is updated by one multi-document update; rerunning a move that
     * stopped half-way finishes it.
     */
    @PostMapping("/{id}/move")
    @PreAuthorize("hasRole('county-admin')")
    RegionView move(@PathVariable String id, @Valid @RequestBody MoveRegion request) {
        Region region = regions.findById(id).orElseThrow(() -> new NotFoundException("Region", id));
        Region parent = regions.findById(request.parentId())
                .orElseThrow(() -> new RuleViolationException("parentId", "No region '" + request.parentId() + "'"));
        region.moveUnder(parent);
        Region moved = regions.save(region);
        if (moved.kind() == Region.Kind.VILLAGE) {
            contents.followVillage(moved.villageId(), moved.townshipId());
        }
        forgetCachedPlaces();
        return RegionView.of(moved);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('county-admin','township-officer','village-cadre','council-member','grid-worker','mediator',"
            + "'points-clerk','villager','integrator','service')")
    RegionView get(@PathVariable String id) {
        return regions.findById(id).map(RegionView::of).orElseThrow(() -> new NotFoundException("Region", id));
    }

    /** The whole tree, townships first, children by name. Region names are public within the county. */
    @GetMapping("/tree")
    @PreAuthorize("hasAnyRole('county-admin','township-officer','village-cadre','council-member','grid-worker','mediator',"
            + "'points-clerk','villager','integrator','service')")
    List<RegionNode> tree() {
        Map<String, List<Region>> byParent = regions.findAll().stream()
                .collect(Collectors.groupingBy(region -> region.parentId() == null ? "" : region.parentId()));
        return nodes(byParent, "");
    }

    /**
     * This instance's place guard must see the move at once (the next request may name the
     * village); the other instances forget on {@code region.changed}, which the write raised.
     */
    private void forgetCachedPlaces() {
        places.evict(TenantContext.require());
    }

    private static List<RegionNode> nodes(Map<String, List<Region>> byParent, String parentId) {
        List<RegionNode> nodes = new ArrayList<>();
        byParent.getOrDefault(parentId, List.of()).stream()
                .sorted(Comparator.comparing(Region::name))
                .forEach(region -> nodes.add(new RegionNode(region.id(), region.kind(), region.name(),
                        nodes(byParent, region.id()))));
        return nodes;
    }
}
