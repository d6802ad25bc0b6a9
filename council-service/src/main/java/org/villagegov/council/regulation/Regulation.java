package org.villagegov.council.regulation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.villagegov.council.meeting.Quorum;
import org.villagegov.council.meeting.Vote;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.messaging.AggregateRoot;

/**
 * A village's regulations and compact: a versioned document whose sections follow the twelve
 * areas of docs/domain.md. Each version goes DRAFT -> DISCUSSION -> adoption vote -> PUBLISHED; a
 * published version replaces the former one, which stays readable as SUPERSEDED.
 */
@Document("regulations")
class Regulation extends AggregateRoot {

    enum Area { MORALITY, PUBLIC_PROPERTY, SAFETY, ECOLOGY, PUBLIC_WELFARE, BUILDING_TO_PLAN, HYGIENE, LIVESTOCK, THRIFT,
        NEIGHBOURLINESS, PUBLIC_ORDER, EMERGENCIES }

    enum Status { DRAFT, DISCUSSION, ADOPTED, REJECTED, PUBLISHED, SUPERSEDED }

    record Discussion(LocalDate heldOn, String summary) {
    }

    record Version(int number, Status status, Map<Area, String> sections, String note, Discussion discussion, Vote vote,
                   LocalDate votedOn, LocalDate publishedOn, String draftedBy, Instant draftedAt) {

        Version with(Status next, Discussion d, Vote v, LocalDate voted, LocalDate published) {
            return new Version(number, next, sections, note, d, v, voted, published, draftedBy, draftedAt);
        }
    }

    @Id
    private String id;
    private String townshipId;
    @Indexed(unique = true)
    private String villageId;
    private String title;
    private List<Version> versions = new ArrayList<>();

    Regulation() {
    }

    static Regulation draft(String townshipId, String villageId, String title, Map<Area, String> sections, String note,
                            String by, Instant now) {
        Regulation regulation = new Regulation();
        regulation.id = UUID.randomUUID().toString();
        regulation.townshipId = townshipId;
        regulation.villageId = villageId;
        regulation.title = title;
        regulation.versions.add(new Version(1, Status.DRAFT, Map.copyOf(sections), note, null, null, null, null, by, now));
        return regulation;
    }

    /** A new version is drafted only when none is under way. */
    void redraft(Map<Area, String> sections, String note, String by, Instant now) {
        Status latest = latest().status();
        if (latest != Status.PUBLISHED && latest != Status.REJECTED) {
            throw new ConflictException("Version " + latest().number() + " is still " + latest + "; finish it first");
        }
        versions.add(new Version(latest().number() + 1, Status.DRAFT, Map.copyOf(sections), note, null, null, null, null, by, now));
    }

    void discuss(LocalDate heldOn, String summary, LocalDate today) {
        require(Status.DRAFT, "put to discussion");
        notInFuture(heldOn, today, "heldOn");
        replaceLatest(latest().with(Status.DISCUSSION, new Discussion(heldOn, summary), null, null, null));
    }

    /** The villagers' (representatives') meeting votes; a version not adopted is closed as REJECTED. */
    void vote(LocalDate heldOn, Vote vote, LocalDate today) {
        require(Status.DISCUSSION, "vote on");
        notInFuture(heldOn, today, "heldOn");
        if (heldOn.isBefore(latest().discussion().heldOn())) {
            throw new RuleViolationException("heldOn", "The vote follows the discussion (" + latest().discussion().heldOn() + ")");
        }
        vote.checked(Quorum.TWO_THIRDS, "householdIds");
        Version current = latest();
        replaceLatest(current.with(vote.adopted() ? Status.ADOPTED : Status.REJECTED, current.discussion(), vote, heldOn, null));
    }

    void publish(LocalDate publishedOn, LocalDate today) {
        require(Status.ADOPTED, "publish");
        notInFuture(publishedOn, today, "publishedOn");
        if (publishedOn.isBefore(latest().votedOn())) {
            throw new RuleViolationException("publishedOn", "Publication follows adoption (" + latest().votedOn() + ")");
        }
        for (int i = 0; i < versions.size() - 1; i++) {
            Version old = versions.get(i);
            if (old.status() == Status.PUBLISHED) {
                versions.set(i, old.with(Status.SUPERSEDED, old.discussion(), old.vote(), old.votedOn(), old.publishedOn()));
            }
        }
        Version current = latest();
        replaceLatest(current.with(Status.PUBLISHED, current.discussion(), current.vote(), current.votedOn(), publishedOn));
    }

    private void require(Status expected, String action) {
        if (latest().status() != expected) {
            throw new ConflictException("Cannot " + action + " version " + latest().number() + ": it is " + latest().status());
        }
    }

    private static void notInFuture(LocalDate date, LocalDate today, String field) {
        if (date.isAfter(today)) {
            throw new RuleViolationException(field, "Recorded after it happened; " + date + " is in the future");
        }
    }

    private void replaceLatest(Version version) {
        versions.set(versions.size() - 1, version);
    }

    Version latest() {
        return versions.getLast();
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

    List<Version> versions() {
        return Collections.unmodifiableList(versions);
    }
}
