package org.villagegov.council.matter;

import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import org.villagegov.council.meeting.Attendance;
import org.villagegov.council.meeting.MeetingKind;
import org.villagegov.platform.place.Place;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.time.CountyTime;

/** Each step of "four discussions, two openness" as one call: load what the caller may act on, take the step, save. */
@Service
class Matters {

    private final MongoTemplate mongo;
    private final MatterQueries queries;
    private final PlaceGuard places;
    private final Attendance attendance;
    private final CountyTime time;

    Matters(MongoTemplate mongo, MatterQueries queries, PlaceGuard places, Attendance attendance, CountyTime time) {
        this.mongo = mongo;
        this.queries = queries;
        this.places = places;
        this.attendance = attendance;
        this.time = time;
    }

    Matter propose(MatterController.Proposal request, PlatformUser user) {
        Place village = places.village(request.villageId(), request.townshipId(), user, "villageId", "townshipId");
        return mongo.insert(Matter.propose(village.townshipId(), village.id(), request.title(), request.kind(),
                request.amount(), request.description(), request.heldOn(), request.vote(), request.minutes(),
                user.subject(), time.today(), time.now()));
    }

    /** Steps 2 and 3: present is the number of different attendees named. */
    Matter meet(String id, Matter.Stage stage, MatterController.Meeting request, PlatformUser user) {
        Matter matter = queries.visible(id, user);
        List<String> attendees = List.copyOf(new LinkedHashSet<>(request.attendees()));
        matter.meet(stage, request.heldOn(), request.vote().of(request.entitled(), attendees.size()), request.minutes(),
                attendees, request.rejectionReason(), user.subject(), time.today(), time.now());
        return mongo.save(matter);
    }

    /**
     * Step 4. Every household present must live in the village (attendance earns points in
     * points-service), and entitled / present come from the roll, not from the request.
     */
    Matter resolve(String id, MatterController.RepresentativesMeeting request, PlatformUser user) {
        Matter matter = queries.visible(id, user);
        // out of order is refused before the households are looked up
        matter.requireNext(Matter.Stage.REPRESENTATIVES);
        MeetingKind kind = request.meetingKind() == null ? MeetingKind.REPRESENTATIVES : request.meetingKind();
        Attendance.Counted counted = attendance.count(matter.villageId(), kind, request.householdIds(), request.vote(),
                "householdIds");
        matter.resolve(kind, request.heldOn(), counted.vote(), request.minutes(), counted.householdIds(),
                request.rejectionReason(), user.subject(), time.today(), time.now());
        return mongo.save(matter);
    }

    Matter publishResolution(String id, MatterController.Publication request, PlatformUser user) {
        Matter matter = queries.visible(id, user);
        matter.publishResolution(request.publishedOn(), request.text(), user.subject(), time.today(), time.now());
        return mongo.save(matter);
    }

    Matter publishResult(String id, MatterController.Publication request, PlatformUser user) {
        Matter matter = queries.visible(id, user);
        matter.publishResult(request.publishedOn(), request.text(), user.subject(), time.today(), time.now());
        return mongo.save(matter);
    }

    Matter reject(String id, MatterController.Rejection request, PlatformUser user) {
        Matter matter = queries.visible(id, user);
        matter.reject(request.reason(), time.today(), time.now());
        return mongo.save(matter);
    }
}
