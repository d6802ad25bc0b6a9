package org.villagegov.grid.region;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.place.PlaceCache;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.time.CountyTime;

/**
 * The county's region tree: new nodes under a parent of the right kind, renames and moves
 * (a moved village takes everything located in it along). After a change this instance's
 * place guard forgets the county's places at once.
 */
@Service
class Regions {

    private final RegionRepository regions;
    private final VillageContents contents;
    private final PlaceCache places;
    private final CountyTime time;

    Regions(RegionRepository regions, VillageContents contents, PlaceCache places, CountyTime time) {
        this.regions = regions;
        this.contents = contents;
        this.places = places;
        this.time = time;
    }

    /** {@code id} may be given (an administrative division code); else one is made from the kind. */
    Region create(String id, Region.Kind kind, String name, String parentId) {
        Region parent = parentId == null ? null : parent(parentId);
        String regionId = id != null ? id
                : kind.name().toLowerCase(Locale.ROOT).charAt(0) + "-" + UUID.randomUUID().toString().substring(0, 13);
        return regions.insert(Region.create(regionId, kind, name, parent, time.now()));
    }

    Region rename(String id, String name) {
        Region region = get(id);
        region.rename(name);
        Region saved = regions.save(region);
        forgetCachedPlaces();
        return saved;
    }

    /**
     * Moves a village to another township (everything recorded in it follows: households,
     * micro-grids, pairings, visits, reports, tasks), or a natural village / group within its
     * village. Each collection is updated by one multi-document update; rerunning a move that
     * stopped half-way finishes it.
     */
    Region move(String id, String parentId) {
        Region region = get(id);
        region.moveUnder(parent(parentId));
        Region moved = regions.save(region);
        if (moved.kind() == Region.Kind.VILLAGE) {
            contents.followVillage(moved.villageId(), moved.townshipId());
        }
        forgetCachedPlaces();
        return moved;
    }

    Region get(String id) {
        return regions.findById(id).orElseThrow(() -> new NotFoundException("Region", id));
    }

    /** The whole tree, townships first, children by name. */
    List<RegionTree.Node> tree() {
        return RegionTree.of(regions.findAll());
    }

    private Region parent(String parentId) {
        return regions.findById(parentId)
                .orElseThrow(() -> new RuleViolationException("parentId", "No region '" + parentId + "'"));
    }

    /**
     * This instance's place guard must see the change at once (the next request may name the
     * village); the other instances forget on {@code region.changed}, which the write raised.
     */
    private void forgetCachedPlaces() {
        places.evict(TenantContext.require());
    }
}
