package org.villagegov.council.matter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.villagegov.council.meeting.MeetingAttended;
import org.villagegov.council.meeting.MeetingKind;
import org.villagegov.council.meeting.Quorum;
import org.villagegov.council.meeting.Vote;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.messaging.AggregateRoot;

/**
 * A major village matter under "four discussions, two openness": proposal by the village party
 * organisation -> two committees' joint meeting -> party members' meeting -> villagers'
 * representatives' meeting (resolution by vote with quorum) -> resolution published ->
 * implementation result published. Strictly in that order; a failed vote closes the matter.
 */
@Document("matters")
class Matter extends AggregateRoot {

    enum Kind { PROJECT, FUNDS, LAND, PUBLIC_WORKS }

    enum Stage { PROPOSAL, TWO_COMMITTEES, PARTY_MEMBERS, REPRESENTATIVES, RESOLUTION_PUBLISHED, RESULT_PUBLISHED }

    enum Status { IN_PROGRESS, ADOPTED, COMPLETED, REJECTED }

    /**
     * One step of the procedure as it happened; {@code vote} is null for publications. Who came:
     * {@code attendees} (names) at the two committees' and the party members' meetings,
     * {@code householdIds} at the villagers' or representatives' meeting ({@code meetingKind}).
     */
    record Step(Stage stage, LocalDate heldOn, Vote vote, boolean passed, String minutes, List<String> householdIds,
                String meetingId, String recordedBy, Instant recordedAt, List<String> attendees,
                MeetingKind meetingKind) {
    }

    record MatterResolved(String matterId, String townshipId, String villageId, String title, Kind kind,
                          LocalDate resolvedOn) {
    }

    record ResultPublished(String matterId, String townshipId, String villageId, String title, Kind kind,
                           LocalDate publishedOn, String result) {
    }

    record MatterProposed(String matterId, String townshipId, String villageId, String title, Kind kind,
                          LocalDate proposedOn) {
    }

    /** A step after the proposal was recorded (a meeting, passed or not, or a publication). */
    record MatterAdvanced(String matterId, String townshipId, String villageId, Stage stage, LocalDate heldOn,
                          boolean passed, Status status) {
    }

    /** Closed without being adopted: voted down at a meeting ({@code stage}) or rejected outside a vote. */
    record MatterRejected(String matterId, String townshipId, String villageId, Stage stage, LocalDate rejectedOn,
                          String reason) {
    }

    @Id
    private String id;
    private String townshipId;
    @Indexed
    private String villageId;
    private String title;
    private Kind kind;
    private long amount;
    private String description;
    private Stage stage;
    private Status status;
    private String rejectionReason;
    /** The day it was closed without adoption: the failed meeting's, or the day it was rejected outside a vote. */
    private LocalDate rejectedOn;
    private List<Step> steps = new ArrayList<>();
    private Instant createdAt;

    Matter() {
    }

    /** Step 1: the village party organisation proposes. */
    static Matter propose(String townshipId, String villageId, String title, Kind kind, long amount, String description,
                          LocalDate heldOn, Vote vote, String minutes, String by, LocalDate today, Instant now) {
        notInFuture(heldOn, today, "heldOn");
        if (vote != null && !vote.checked().adopted()) {
            throw new RuleViolationException("vote.votesFor", "The party organisation did not adopt the proposal: " + vote.summary());
        }
        Matter matter = new Matter();
        matter.id = UUID.randomUUID().toString();
        matter.townshipId = townshipId;
        matter.villageId = villageId;
        matter.title = title;
        matter.kind = kind;
        matter.amount = amount;
        matter.description = description;
        matter.stage = Stage.PROPOSAL;
        matter.status = Status.IN_PROGRESS;
        matter.createdAt = now;
        matter.steps.add(new Step(Stage.PROPOSAL, heldOn, vote, true, minutes, List.of(), null, by, now, List.of(), null));
        // every step raises an event naming the village, so the village's indicators follow each stage
        matter.raise("matter.proposed", new MatterProposed(matter.id, townshipId, villageId, title, kind, heldOn), now);
        return matter;
    }

    /** Steps 2 and 3: a meeting of the two committees or of the party members, with who attended. */
    void meet(Stage meeting, LocalDate heldOn, Vote vote, String minutes, List<String> attendees, String reason,
              String by, LocalDate today, Instant now) {
        if (meeting == Stage.REPRESENTATIVES) {
            throw new IllegalArgumentException("Step 4 is counted from its attendance: use resolve");
        }
        if (attendees.isEmpty()) {
            throw new RuleViolationException("attendees", "A meeting records who attended");
        }
        hold(meeting, heldOn, vote.checked(Quorum.MORE_THAN_HALF, "attendees"), minutes, List.of(), attendees, null,
                reason, by, today, now);
    }

    /**
     * Step 4: the villagers' meeting or the villagers' representatives' meeting resolves; its vote
     * was counted from the households present against the roll (two thirds for quorum).
     */
    void resolve(MeetingKind kind, LocalDate heldOn, Vote vote, String minutes, List<String> householdIds, String reason,
                 String by, LocalDate today, Instant now) {
        hold(Stage.REPRESENTATIVES, heldOn, vote.checked(Quorum.TWO_THIRDS, "householdIds"), minutes, householdIds,
                List.of(), kind, reason, by, today, now);
    }

    /** A meeting that votes. A vote that fails closes the matter with the reason. */
    private void hold(Stage meeting, LocalDate heldOn, Vote vote, String minutes, List<String> householdIds,
                      List<String> attendees, MeetingKind meetingKind, String reason, String by, LocalDate today,
                      Instant now) {
        requireNext(meeting);
        checkDate(heldOn, today, "heldOn");
        boolean passed = vote.adopted();
        String meetingId = UUID.randomUUID().toString();
        steps.add(new Step(meeting, heldOn, vote, passed, minutes, List.copyOf(householdIds), meetingId, by, now,
                List.copyOf(attendees), meetingKind));
        stage = meeting;
        if (meeting == Stage.REPRESENTATIVES) {
            // attendance earns participation points whatever the outcome, for the households recorded present only
            raise(MeetingAttended.TYPE, new MeetingAttended(meetingId, id, townshipId, villageId, householdIds, heldOn,
                    MeetingAttended.REPRESENTATIVES, List.of()), now);
        }
        if (!passed) {
            status = Status.REJECTED;
            rejectionReason = reason != null ? reason : "Not adopted at the " + meeting + " meeting: " + vote.summary();
            rejectedOn = heldOn;
        } else if (meeting == Stage.REPRESENTATIVES) {
            status = Status.ADOPTED;
            raise("matter.resolved", new MatterResolved(id, townshipId, villageId, title, kind, heldOn), now);
        }
        advanced(heldOn, passed, now);
        if (!passed) {
            raise("matter.rejected", new MatterRejected(id, townshipId, villageId, meeting, heldOn, rejectionReason), now);
        }
    }

    private void advanced(LocalDate heldOn, boolean passed, Instant now) {
        raise("matter.advanced", new MatterAdvanced(id, townshipId, villageId, stage, heldOn, passed, status), now);
    }

    /** Open 1: the adopted resolution is made public. */
    void publishResolution(LocalDate publishedOn, String text, String by, LocalDate today, Instant now) {
        if (status != Status.ADOPTED || stage != Stage.REPRESENTATIVES) {
            throw new ConflictException("Only a resolution adopted by the representatives' meeting can be published; this matter is "
                    + status + " at " + stage);
        }
        checkDate(publishedOn, today, "publishedOn");
        steps.add(new Step(Stage.RESOLUTION_PUBLISHED, publishedOn, null, true, text, List.of(), null, by, now, List.of(), null));
        stage = Stage.RESOLUTION_PUBLISHED;
        advanced(publishedOn, true, now);
    }

    /** Open 2: the implementation result is made public, which completes the matter. */
    void publishResult(LocalDate publishedOn, String result, String by, LocalDate today, Instant now) {
        if (stage != Stage.RESOLUTION_PUBLISHED) {
            throw new ConflictException("The result is published after the resolution; this matter is " + status + " at " + stage);
        }
        checkDate(publishedOn, today, "publishedOn");
        steps.add(new Step(Stage.RESULT_PUBLISHED, publishedOn, null, true, result, List.of(), null, by, now, List.of(), null));
        stage = Stage.RESULT_PUBLISHED;
        status = Status.COMPLETED;
        raise("matter.result-published", new ResultPublished(id, townshipId, villageId, title, kind, publishedOn, result), now);
        advanced(publishedOn, true, now);
    }

    /** Withdrawn or refused outside a vote (e.g. the township finds it unlawful): closed with the reason. */
    void reject(String reason, LocalDate today, Instant now) {
        if (status != Status.IN_PROGRESS) {
            throw new ConflictException("Only a matter still in deliberation can be rejected; this one is " + status);
        }
        status = Status.REJECTED;
        rejectionReason = reason;
        rejectedOn = today;
        raise("matter.rejected", new MatterRejected(id, townshipId, villageId, stage, today, reason), now);
    }

    /** Refuses (409) a meeting out of order, before its attendance is counted. */
    void requireNext(Stage meeting) {
        if (status != Status.IN_PROGRESS) {
            throw new ConflictException("This matter is " + status + "; no further meeting is held on it");
        }
        if (meeting.ordinal() != stage.ordinal() + 1) {
            throw new ConflictException("The " + meeting + " step cannot follow " + stage
                    + ": the steps are proposal, two committees, party members, representatives, in that order");
        }
    }

    private void checkDate(LocalDate date, LocalDate today, String field) {
        notInFuture(date, today, field);
        LocalDate previous = steps.getLast().heldOn();
        if (date.isBefore(previous)) {
            throw new RuleViolationException(field, "A step cannot be dated before the previous one (" + previous + ")");
        }
    }

    private static void notInFuture(LocalDate date, LocalDate today, String field) {
        if (date.isAfter(today)) {
            throw new RuleViolationException(field, "A step is recorded after it happened; " + date + " is in the future");
        }
    }

    boolean published() {
        return stage.ordinal() >= Stage.RESOLUTION_PUBLISHED.ordinal();
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

    String title() {
        return title;
    }

    Kind kind() {
        return kind;
    }

    long amount() {
        return amount;
    }

    String description() {
        return description;
    }

    Stage stage() {
        return stage;
    }

    Status status() {
        return status;
    }

    String rejectionReason() {
        return rejectionReason;
    }

    LocalDate rejectedOn() {
        return rejectedOn;
    }

    List<Step> steps() {
        return Collections.unmodifiableList(steps);
    }

    Instant createdAt() {
        return createdAt;
    }
}
