package org.villagegov.council.disclosure;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import org.villagegov.platform.place.Place;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.time.CountyTime;

/** Posting a notice in a village the caller may act in, and withdrawing it. */
@Service
class NoticeBoard {

    private final MongoTemplate mongo;
    private final NoticeQueries queries;
    private final PlaceGuard places;
    private final CountyTime time;

    NoticeBoard(MongoTemplate mongo, NoticeQueries queries, PlaceGuard places, CountyTime time) {
        this.mongo = mongo;
        this.queries = queries;
        this.places = places;
        this.time = time;
    }

    Notice post(NoticeController.NewNotice request, PlatformUser user) {
        Place village = places.village(request.villageId(), request.townshipId(), user, "villageId", "townshipId");
        return mongo.insert(Notice.post(village.townshipId(), village.id(), request.category(), request.title(),
                request.body(), request.publishFrom(), request.publishUntil(), user.subject(), time.today(),
                time.now()));
    }

    Notice withdraw(String id, String reason, PlatformUser user) {
        Notice notice = queries.visible(id, user);
        notice.withdraw(reason, time.now());
        return mongo.save(notice);
    }
}
