package org.villagegov.council.regulation;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.villagegov.council.config.Scope;
import org.villagegov.platform.data.MongoPages;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;

/** The regulations a caller may read, by village. */
@Component
class RegulationQueries {

    private final MongoTemplate mongo;
    private final PlaceGuard places;

    RegulationQueries(MongoTemplate mongo, PlaceGuard places) {
        this.mongo = mongo;
        this.places = places;
    }

    Page<Regulation> list(String villageId, Pageable pageable, PlatformUser user) {
        return MongoPages.find(mongo, Query.query(places.listScope(user, villageId)), pageable, Sort.by("villageId"),
                Regulation.class);
    }

    /** Villagers read what was published (and what it replaced), not drafts still being argued over. */
    boolean publishedOnlyFor(PlatformUser user) {
        return Scope.isVillagerOnly(user);
    }

    Regulation visible(String id, PlatformUser user) {
        Regulation regulation = mongo.findById(id, Regulation.class);
        if (regulation == null || !user.mayAccess(regulation.townshipId(), regulation.villageId())) {
            throw new NotFoundException("Regulation", id);
        }
        return regulation;
    }
}
