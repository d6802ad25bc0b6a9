package org.villagegov.council.regulation;

import java.time.LocalDate;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import org.villagegov.council.meeting.Attendance;
import org.villagegov.council.meeting.MeetingKind;
import org.villagegov.platform.place.Place;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.time.CountyTime;

/** Each step of a regulation's version as one call: load what the caller may act on, take the step, save. */
@Service
class Regulations {

    private final MongoTemplate mongo;
    private final RegulationQueries queries;
    private final PlaceGuard places;
    private final Attendance attendance;
    private final CountyTime time;

    Regulations(MongoTemplate mongo, RegulationQueries queries, PlaceGuard places, Attendance attendance, CountyTime time) {
        this.mongo = mongo;
        this.queries = queries;
        this.places = places;
        this.attendance = attendance;
        this.time = time;
    }

    Regulation draft(RegulationController.NewRegulation request, PlatformUser user) {
        Place village = places.village(request.villageId(), request.townshipId(), user, "villageId", "townshipId");
        return mongo.insert(Regulation.draft(village.townshipId(), village.id(), request.title(), request.sections(),
                request.note(), user.subject(), time.now()));
    }

    Regulation redraft(String id, RegulationController.Draft request, PlatformUser user) {
        Regulation regulation = queries.visible(id, user);
        regulation.redraft(request.sections(), request.note(), user.subject(), time.now());
        return mongo.save(regulation);
    }

    Regulation discuss(String id, RegulationController.DiscussionRequest request, PlatformUser user) {
        Regulation regulation = queries.visible(id, user);
        regulation.discuss(request.heldOn(), request.summary(), time.today());
        return mongo.save(regulation);
    }

    /** Counted as a matter's step 4: entitled and present come from the roll. */
    Regulation adopt(String id, RegulationController.Adoption request, PlatformUser user) {
        Regulation regulation = queries.visible(id, user);
        MeetingKind kind = request.meetingKind() == null ? MeetingKind.REPRESENTATIVES : request.meetingKind();
        Attendance.Counted counted = attendance.count(regulation.villageId(), kind, request.householdIds(),
                request.vote(), "householdIds");
        regulation.vote(request.heldOn(), counted.vote(), time.today());
        return mongo.save(regulation);
    }

    Regulation publish(String id, LocalDate publishedOn, PlatformUser user) {
        Regulation regulation = queries.visible(id, user);
        regulation.publish(publishedOn, time.today());
        return mongo.save(regulation);
    }
}
