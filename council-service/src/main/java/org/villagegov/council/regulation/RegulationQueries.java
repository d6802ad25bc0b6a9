package org.villagegov.council.regulation;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.villagegov.council.config.Pages;
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

    Page<Regulation> list(String villageId, int page, int size, PlatformUser user) {
        return Pages.find(mongo, places.listScope(user, villageId), Regulation.class, page, size, Sort.by("villageId"));
    }

    Regulation visible(String id, PlatformUser user) {
        Regulation regulation = mongo.findById(id, Regulation.class);
        if (regulation == null || !user.mayAccess(regulation.townshipId(), regulation.villageId())) {
            throw new NotFoundException("Regulation", id);
        }
        return regulation;
    }
}
