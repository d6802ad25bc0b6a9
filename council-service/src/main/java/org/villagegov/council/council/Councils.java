package org.villagegov.council.council;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.place.Place;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.place.PlaceKind;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.time.CountyTime;

/**
 * The councils: forming one, seating a term, designating the president; and finding a council
 * the caller may see for the features that act on one (elections, evaluations). What is out of
 * scope reads as not found.
 */
@Service
public class Councils {

    private final MongoTemplate mongo;
    private final PlaceGuard places;
    private final CountyTime time;

    Councils(MongoTemplate mongo, PlaceGuard places, CountyTime time) {
        this.mongo = mongo;
        this.places = places;
        this.time = time;
    }

    /** The natural village comes from the region tree and must lie in the caller's village. */
    Council form(CouncilController.NewCouncil request, PlatformUser user) {
        Place village = places.village(request.villageId(), request.townshipId(), user, "villageId", "townshipId");
        places.placeIn(request.naturalVillageId(), PlaceKind.NATURAL_VILLAGE, village.id(), "naturalVillageId");
        return mongo.insert(Council.form(village.townshipId(), village.id(), request.naturalVillageId(),
                request.name(), request.seats(), time.now()));
    }

    /** A term entered directly (a council formed before the platform); every member's household in one batch lookup. */
    Council seat(String id, CouncilController.NewTerm request, PlatformUser user) {
        Council council = visible(id, user);
        places.householdsOf(request.members().stream().map(CouncilController.NewMember::householdId)
                .filter(Objects::nonNull).toList(), council.villageId(), "members");
        List<Council.Member> members = request.members().stream()
                .map(m -> new Council.Member(UUID.randomUUID().toString(), m.name(), m.householdId(), m.category(),
                        m.president()))
                .toList();
        council.seat(request.start(), request.end(), members, null, time.now());
        return save(council);
    }

    Council designatePresident(String id, String memberId, PlatformUser user) {
        Council council = visible(id, user);
        council.designatePresident(memberId);
        return save(council);
    }

    public Council visible(String id, PlatformUser user) {
        Council council = mongo.findById(id, Council.class);
        if (council == null || !user.mayAccess(council.townshipId(), council.villageId())) {
            throw new NotFoundException("Council", id);
        }
        return council;
    }

    /** A council by id whoever asks (checks that already know the caller may act on it); null when unknown. */
    public Council byId(String id) {
        return mongo.findById(id, Council.class);
    }

    public Council save(Council council) {
        return mongo.save(council);
    }
}
