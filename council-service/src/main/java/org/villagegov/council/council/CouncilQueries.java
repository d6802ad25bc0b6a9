package org.villagegov.council.council;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.villagegov.platform.data.MongoPages;
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

    Page<Council> list(String villageId, Pageable pageable, PlatformUser user) {
        return MongoPages.find(mongo, Query.query(places.listScope(user, villageId)), pageable, Sort.by("name"),
                Council.class);
    }
}
