package org.villagegov.council.matter;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.villagegov.council.config.Scope;
import org.villagegov.platform.data.MongoPages;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;

/** What a caller may read of the matters: out of scope reads as not found, villagers see published matters only. */
@Component
class MatterQueries {

    private final MongoTemplate mongo;
    private final PlaceGuard places;

    MatterQueries(MongoTemplate mongo, PlaceGuard places) {
        this.mongo = mongo;
        this.places = places;
    }

    Page<Matter> list(String villageId, Matter.Stage stage, Matter.Status status, Pageable pageable, PlatformUser user) {
        Criteria criteria = places.listScope(user, villageId);
        if (stage != null) {
            criteria = criteria.and("stage").is(stage);
        }
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        if (Scope.isVillagerOnly(user)) {
            // "two openness": what the village published is public; deliberations before it are not
            criteria = criteria.and("steps.stage").is(Matter.Stage.RESOLUTION_PUBLISHED);
        }
        return MongoPages.find(mongo, Query.query(criteria), pageable, Sort.by(Sort.Direction.DESC, "createdAt"),
                Matter.class);
    }

    /** A matter as the caller may read it: a villager only once it is published. */
    Matter readable(String id, PlatformUser user) {
        Matter matter = visible(id, user);
        if (Scope.isVillagerOnly(user) && !matter.published()) {
            throw new NotFoundException("Matter", id);
        }
        return matter;
    }

    /** Out of the caller's scope reads as not found, so nothing leaks. */
    Matter visible(String id, PlatformUser user) {
        Matter matter = mongo.findById(id, Matter.class);
        if (matter == null || !user.mayAccess(matter.townshipId(), matter.villageId())) {
            throw new NotFoundException("Matter", id);
        }
        return matter;
    }
}
