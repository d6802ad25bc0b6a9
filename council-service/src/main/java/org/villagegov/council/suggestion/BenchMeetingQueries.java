package org.villagegov.council.suggestion;

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

/** The bench meetings a caller may read, newest first. */
@Component
class BenchMeetingQueries {

    private final MongoTemplate mongo;
    private final PlaceGuard places;

    BenchMeetingQueries(MongoTemplate mongo, PlaceGuard places) {
        this.mongo = mongo;
        this.places = places;
    }

    Page<BenchMeeting> list(String villageId, Pageable pageable, PlatformUser user) {
        return MongoPages.find(mongo, Query.query(places.listScope(user, villageId)), pageable, Sort.by(Sort.Direction.DESC, "heldOn"),
                BenchMeeting.class);
    }

    BenchMeeting visible(String id, PlatformUser user) {
        BenchMeeting meeting = mongo.findById(id, BenchMeeting.class);
        if (meeting == null || !user.mayAccess(meeting.townshipId(), meeting.villageId())) {
            throw new NotFoundException("Bench meeting", id);
        }
        return meeting;
    }
}
