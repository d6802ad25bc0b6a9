package org.villagegov.points.award;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.messaging.AggregateRoot;
import org.villagegov.points.account.Posting;

/**
 * An award's life: PROPOSED -> APPROVED (on the village board until {@code noticeUntil}) ->
 * CREDITING -> CREDITED; or REJECTED. An objection during the notice period sets it back to
 * OBJECTED, where it is approved again (a fresh notice period) or rejected. The rule's code,
 * version and points are frozen at proposal.
 */
@Document("awards")
@CompoundIndex(name = "status_notice", def = "{'status': 1, 'noticeUntil': 1}")
class Award extends AggregateRoot {

    enum Status { PROPOSED, APPROVED, OBJECTED, REJECTED, CREDITING, CREDITED }

    record Objection(String by, String reason, Instant at) {
    }

    @Id
    private String id;
    private String householdId;
    private String townshipId;
    private String villageId;
    private String gridId;
    private String ruleCode;
    private int ruleVersion;
    private int points;
    private String evidence;
    private LocalDate occurredOn;
    private String capKey;
    private String bulkId;
    private Status status;
    private String proposedBy;
    private Instant proposedAt;
    private String approvedBy;
    private Instant approvedAt;
    private Instant noticeUntil;
    private String rejectedBy;
    private String rejectionReason;
    private Instant creditedAt;
    private List<Objection> objections = new ArrayList<>();

    Award() {
    }

    static Award propose(String id, String householdId, String townshipId, String villageId, String gridId,
                         String ruleCode, int ruleVersion, int points, String evidence, LocalDate occurredOn,
                         String capKey, String bulkId, String by, Instant at) {
        Award award = new Award();
        award.id = id;
        award.householdId = householdId;
        award.townshipId = townshipId;
        award.villageId = villageId;
        award.gridId = gridId;
        award.ruleCode = ruleCode;
        award.ruleVersion = ruleVersion;
        award.points = points;
        award.evidence = evidence;
        award.occurredOn = occurredOn;
        award.capKey = capKey;
        award.bulkId = bulkId;
        award.status = Status.PROPOSED;
        award.proposedBy = by;
        award.proposedAt = at;
        return award;
    }

    /** Two-person rule: whoever proposed may not approve. */
    void approve(String by, Instant at, Duration noticePeriod) {
        if (status != Status.PROPOSED && status != Status.OBJECTED) {
            throw new ConflictException("Award " + id + " is " + status + " and cannot be approved");
        }
        if (by.equals(proposedBy)) {
            throw new RuleViolationException("approver", "The proposer of an award may not approve it");
        }
        status = Status.APPROVED;
        approvedBy = by;
        approvedAt = at;
        noticeUntil = at.plus(noticePeriod);
    }

    void reject(String by, String reason) {
        if (status != Status.PROPOSED && status != Status.OBJECTED) {
            throw new ConflictException("Award " + id + " is " + status + " and cannot be rejected");
        }
        status = Status.REJECTED;
        rejectedBy = by;
        rejectionReason = reason;
        noticeUntil = null;
    }

    void object(String by, String reason, Instant at) {
        if (status != Status.APPROVED || !at.isBefore(noticeUntil)) {
            throw new ConflictException("Award " + id + " is not on the notice board");
        }
        status = Status.OBJECTED;
        noticeUntil = null;
        objections.add(new Objection(by, reason, at));
    }

    /**
     * The passbook entry of this award, under {@code award:<id>} so crediting it twice posts once;
     * the deed counts on the day it happened, and the approver is who put it through.
     */
    Posting credit() {
        if (status != Status.APPROVED && status != Status.CREDITING) {
            throw new ConflictException("Award " + id + " is " + status + " and cannot be credited");
        }
        return new Posting("award:" + id, householdId, townshipId, villageId, gridId, points, Posting.Source.AWARD,
                ruleCode, ruleVersion, id, evidence, approvedBy, occurredOn);
    }

    String id() { return id; }
    String householdId() { return householdId; }
    String townshipId() { return townshipId; }
    String villageId() { return villageId; }
    String gridId() { return gridId; }
    String ruleCode() { return ruleCode; }
    int ruleVersion() { return ruleVersion; }
    int points() { return points; }
    String evidence() { return evidence; }
    LocalDate occurredOn() { return occurredOn; }
    String capKey() { return capKey; }
    String bulkId() { return bulkId; }
    Status status() { return status; }
    String proposedBy() { return proposedBy; }
    Instant proposedAt() { return proposedAt; }
    String approvedBy() { return approvedBy; }
    Instant noticeUntil() { return noticeUntil; }
    String rejectedBy() { return rejectedBy; }
    String rejectionReason() { return rejectionReason; }
    Instant creditedAt() { return creditedAt; }
    List<Objection> objections() { return Collections.unmodifiableList(objections); }
}
