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
    private String memberSubject;
    private String townshipId;
    @Indexed
    private String villageId;
    private LocalDate visitedOn;
    private String notes;
    private String issuesFound;

    Visit() {
    }

    static Visit log(String id, String householdId, String memberSubject, String townshipId, String villageId,
                     LocalDate visitedOn, String notes, String issuesFound) {
        Visit visit = new Visit();
        visit.id = id;
        visit.householdId = householdId;
        visit.memberSubject = memberSubject;
        visit.townshipId = townshipId;
        visit.villageId = villageId;
        visit.visitedOn = visitedOn;
        visit.notes = notes;
        visit.issuesFound = issuesFound;
        visit.raise("visit.logged", new VisitLogged(id, householdId, memberSubject, townshipId, villageId, visitedOn));
        return visit;
    }

    /** Payload of {@code visit.logged} (CONTRACTS.md). */
    record VisitLogged(String visitId, String householdId, String memberId, String townshipId, String villageId,
                       LocalDate visitedOn) {
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
