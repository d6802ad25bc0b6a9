package org.villagegov.council.disclosure;

import java.time.LocalDate;

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

/** The notices a caller may read: outside its window (or withdrawn) a notice is for staff only. */
@Component
class NoticeQueries {

    private final MongoTemplate mongo;
    private final PlaceGuard places;

    NoticeQueries(MongoTemplate mongo, PlaceGuard places) {
        this.mongo = mongo;
        this.places = places;
    }

    Page<Notice> list(String villageId, Notice.Category category, boolean current, LocalDate today, Pageable pageable,
                      PlatformUser user) {
        Criteria criteria = places.listScope(user, villageId);
        if (category != null) {
            criteria = criteria.and("category").is(category);
        }
        // outside its window a notice is not public: staff may still look back, villagers may not
        if (current || Scope.isVillagerOnly(user)) {
            criteria = criteria.and("withdrawnAt").is(null).and("publishFrom").lte(today).and("publishUntil").gte(today);
        }
        return MongoPages.find(mongo, Query.query(criteria), pageable, Sort.by(Sort.Direction.DESC, "publishFrom"),
                Notice.class);
    }

    Notice readable(String id, LocalDate today, PlatformUser user) {
        Notice notice = visible(id, user);
        if (Scope.isVillagerOnly(user) && !notice.current(today)) {
            throw new NotFoundException("Notice", id);
        }
        return notice;
    }

    Notice visible(String id, PlatformUser user) {
        Notice notice = mongo.findById(id, Notice.class);
        if (notice == null || !user.mayAccess(notice.townshipId(), notice.villageId())) {
            throw new NotFoundException("Notice", id);
        }
        return notice;
    }
}
