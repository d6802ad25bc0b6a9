package org.villagegov.grid.visit;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A party member paired with a household, to contact it at least once a week. Id: member + household. */
@Document("pairings")
record Pairing(@Id String id, String memberSubject, String memberName, String householdId, String townshipId,
               @Indexed String villageId, LocalDate since) {

    static String idOf(String memberSubject, String householdId) {
        return memberSubject + ":" + householdId;
    }
}
