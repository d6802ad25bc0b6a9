package org.villagegov.council.council;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.villagegov.council.config.Pages;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;

/** The councils a caller may list, by name. */
@Component
class CouncilQueries {

    private final MongoTemplate mongo;
    private final PlaceGuard places;

    CouncilQueries(MongoTemplate mongo, PlaceGuard places) {
        this.mongo = mongo;
        this.places = places;
    }

    Page<Council> list(String villageId, int page, int size, PlatformUser user) {
        return Pages.find(mongo, places.listScope(user, villageId), Council.class, page, size, Sort.by("name"));
    }
}
