package org.villagegov.council.representative;

import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.place.Place;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.time.CountyTime;

/** Who sits on a village's roster of villagers' representatives, for the meetings that count on it. */
@Component
public class Representatives {

    private final MongoTemplate mongo;
    private final PlaceGuard places;
    private final CountyTime time;

    Representatives(MongoTemplate mongo, PlaceGuard places, CountyTime time) {
        this.mongo = mongo;
        this.places = places;
        this.time = time;
    }

    /** The households on the village's roster; empty when the village has none yet. */
    public List<String> householdsOf(String villageId) {
        RepresentativeRoster roster = mongo.findById(villageId, RepresentativeRoster.class);
        return roster == null ? List.of()
                : roster.representatives().stream().map(RepresentativeRoster.Representative::householdId).toList();
    }

    /** The village's roster now; every representative an active household of the village (one batch lookup). */
    RepresentativeRoster replace(String villageId, List<RepresentativeRoster.Representative> representatives,
                                 PlatformUser user) {
        Place village = places.visibleVillage(villageId, user);
        places.householdsOf(representatives.stream().map(RepresentativeRoster.Representative::householdId).toList(),
                village.id(), "representatives");
        RepresentativeRoster roster = mongo.findById(village.id(), RepresentativeRoster.class);
        if (roster == null) {
            roster = RepresentativeRoster.of(village.townshipId(), village.id());
        }
        roster.replace(representatives, user.subject(), time.now());
        return mongo.save(roster);
    }

    RepresentativeRoster roster(String villageId, PlatformUser user) {
        Place village = places.visibleVillage(villageId, user);
        RepresentativeRoster roster = mongo.findById(village.id(), RepresentativeRoster.class);
        if (roster == null) {
            throw new NotFoundException("Roster of representatives", villageId);
        }
        return roster;
    }
}
