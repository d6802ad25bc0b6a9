package org.villagegov.grid.visit;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.villagegov.platform.messaging.AggregateRoot;

/** One contact of a household by a party member or grid worker: when, notes, issues found. */
@Document("visits")
class Visit extends AggregateRoot {

    @Id
    private String id;
    @Indexed
    private String householdId;
    /** The paired member (or grid worker) the visit counts for. */
    private String memberSubject;
    /** Who entered it: the member, or a cadre on their behalf. */
    private String loggedBy;
    private String townshipId;
    @Indexed
    private String villageId;
    private LocalDate visitedOn;
    private String notes;
    private String issuesFound;

    Visit() {
    }

    static Visit log(String id, String householdId, String memberSubject, String loggedBy, String townshipId,
                     String villageId, LocalDate visitedOn, String notes, String issuesFound) {
        Visit visit = new Visit();
        visit.id = id;
        visit.householdId = householdId;
        visit.memberSubject = memberSubject;
        visit.loggedBy = loggedBy;
        visit.townshipId = townshipId;
        visit.villageId = villageId;
        visit.visitedOn = visitedOn;
        visit.notes = notes;
        visit.issuesFound = issuesFound;
        visit.raise("visit.logged", new VisitLogged(id, householdId, memberSubject, townshipId, villageId, visitedOn,
                loggedBy));
        return visit;
    }

    /** Payload of {@code visit.logged} (CONTRACTS.md). */
    record VisitLogged(String visitId, String householdId, String memberId, String townshipId, String villageId,
                       LocalDate visitedOn, String loggedBy) {
    }

    String id() {
        return id;
    }

    String householdId() {
        return householdId;
    }

    String memberSubject() {
        return memberSubject;
    }

    /** Who entered it; older visits, entered before this was recorded, were entered by their member. */
    String loggedBy() {
        return loggedBy == null ? memberSubject : loggedBy;
    }

    /** The member a cadre logged this visit for, or null when the member logged it. */
    String onBehalfOf() {
        return loggedBy().equals(memberSubject) ? null : memberSubject;
    }

    String villageId() {
        return villageId;
    }

    LocalDate visitedOn() {
        return visitedOn;
    }

    String notes() {
        return notes;
    }

    String issuesFound() {
        return issuesFound;
    }
}
