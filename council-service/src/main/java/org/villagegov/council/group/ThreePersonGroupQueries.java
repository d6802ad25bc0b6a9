package org.villagegov.council.group;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.villagegov.platform.data.MongoPages;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;

/** The three-person groups a caller may read, by group name. */
@Component
class ThreePersonGroupQueries {

    private final MongoTemplate mongo;
    private final PlaceGuard places;

    ThreePersonGroupQueries(MongoTemplate mongo, PlaceGuard places) {
        this.mongo = mongo;
        this.places = places;
    }

    Page<ThreePersonGroup> list(String villageId, Pageable pageable, PlatformUser user) {
        return MongoPages.find(mongo, Query.query(places.listScope(user, villageId)), pageable, Sort.by("groupName"),
                ThreePersonGroup.class);
    }

    ThreePersonGroup visible(String groupId, PlatformUser user) {
        ThreePersonGroup group = byId(groupId);
        if (group == null || !user.mayAccess(group.townshipId(), group.villageId())) {
            throw new NotFoundException("Three-person group", groupId);
        }
        return group;
    }

    /** Null when the group has no three-person group yet. */
    ThreePersonGroup byId(String groupId) {
        return mongo.findById(groupId, ThreePersonGroup.class);
    }
}
