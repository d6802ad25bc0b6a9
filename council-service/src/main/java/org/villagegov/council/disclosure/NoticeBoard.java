package org.villagegov.council.disclosure;

import java.time.Clock;

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
    private final Clock clock;

    NoticeBoard(MongoTemplate mongo, NoticeQueries queries, PlaceGuard places, Clock clock) {
        this.mongo = mongo;
        this.queries = queries;
        this.places = places;
        this.clock = clock;
    }

    Notice post(NoticeController.NewNotice request, PlatformUser user) {
        Place village = places.village(request.villageId(), request.townshipId(), user, "villageId", "townshipId");
        return mongo.insert(Notice.post(village.townshipId(), village.id(), request.category(), request.title(),
                request.body(), request.publishFrom(), request.publishUntil(), user.subject(), CountyTime.today(clock),
                clock.instant()));
    }

    Notice withdraw(String id, String reason, PlatformUser user) {
        Notice notice = queries.visible(id, user);
        notice.withdraw(reason, clock.instant());
        return mongo.save(notice);
    }
}
