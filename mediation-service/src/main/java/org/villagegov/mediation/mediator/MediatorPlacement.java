package org.villagegov.mediation.mediator;

import org.villagegov.mediation.triage.Level;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;

/**
 * Where a new mediator serves: a village mediator a village, a township one a township, a
 * county one the whole county (kept by the county admin only). The place comes from the region
 * tree and the keeper must be allowed there (a township officer: their township).
 */
final class MediatorPlacement {

    record Place(String townshipId, String villageId) {
    }

    private final PlaceGuard places;

    MediatorPlacement(PlaceGuard places) {
        this.places = places;
    }

    Place place(Level level, String townshipId, String villageId, PlatformUser user) {
        return switch (level) {
            case VILLAGE -> {
                if (villageId == null) {
                    throw new RuleViolationException("villageId", "A village mediator serves a village");
                }
                var found = places.village(villageId, townshipId, user, "villageId", "townshipId");
                yield new Place(found.townshipId(), found.id());
            }
            case TOWNSHIP -> {
                if (townshipId == null) {
                    throw new RuleViolationException("townshipId", "A township mediator serves a township");
                }
                if (villageId != null) {
                    throw new RuleViolationException("villageId", "A township mediator serves the whole township; leave villageId out");
                }
                yield new Place(places.township(townshipId, user, "townshipId").id(), null);
            }
            case COUNTY -> {
                if (!user.isCountyWide()) {
                    throw new RuleViolationException("level", "Only the county admin keeps the county's mediators");
                }
                if (townshipId != null || villageId != null) {
                    throw new RuleViolationException(townshipId != null ? "townshipId" : "villageId",
                            "A county mediator serves the whole county; leave the place out");
                }
                yield new Place(null, null);
            }
        };
    }
}
