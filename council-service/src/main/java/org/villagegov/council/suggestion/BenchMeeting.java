package org.villagegov.council.suggestion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.villagegov.council.meeting.MeetingAttended;
import org.villagegov.platform.messaging.AggregateRoot;

/** A bench (courtyard) meeting where villagers and cadres talk suggestions through; attendance earns points. */
@Document("bench_meetings")
class BenchMeeting extends AggregateRoot {

    @Id
    private String id;
    private String townshipId;
    @Indexed
    private String villageId;
    private LocalDate heldOn;
    private String place;
    private List<String> householdIds;
    private List<String> suggestionIds;
    private String minutes;
    private String recordedBy;
    private Instant recordedAt;

    BenchMeeting() {
    }

    static BenchMeeting hold(String townshipId, String villageId, LocalDate heldOn, String place, List<String> householdIds,
                             List<String> suggestionIds, String minutes, String by, Instant now) {
        BenchMeeting meeting = new BenchMeeting();
        meeting.id = UUID.randomUUID().toString();
        meeting.townshipId = townshipId;
        meeting.villageId = villageId;
        meeting.heldOn = heldOn;
        meeting.place = place;
        meeting.householdIds = List.copyOf(householdIds);
        meeting.suggestionIds = List.copyOf(suggestionIds);
        meeting.minutes = minutes;
        meeting.recordedBy = by;
        meeting.recordedAt = now;
        meeting.raise(MeetingAttended.TYPE, new MeetingAttended(meeting.id, null, townshipId, villageId, meeting.householdIds,
                heldOn, MeetingAttended.BENCH, meeting.suggestionIds), now);
        return meeting;
    }

    String id() {
        return id;
    }

    String townshipId() {
        return townshipId;
    }

    String villageId() {
        return villageId;
    }

    LocalDate heldOn() {
        return heldOn;
    }

    String place() {
        return place;
    }

    List<String> householdIds() {
        return Collections.unmodifiableList(householdIds);
    }

    List<String> suggestionIds() {
        return Collections.unmodifiableList(suggestionIds);
    }

    String minutes() {
        return minutes;
    }
}
