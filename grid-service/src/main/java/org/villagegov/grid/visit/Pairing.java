package org.villagegov.grid.visit;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.villagegov.platform.messaging.AggregateRoot;

/**
 * A party member paired with a household, to contact it at least once a week. Id: member + household.
 * Announced as {@code pairing.created} in the same write, so the village's indicators count it.
 */
@Document("pairings")
class Pairing extends AggregateRoot {

    @Id
    private final String id;
    private final String memberSubject;
    private final String memberName;
    @Indexed
    private final String householdId;
    private final String townshipId;
    @Indexed
    private final String villageId;
    private final LocalDate since;

    Pairing(String id, String memberSubject, String memberName, String householdId, String townshipId,
            String villageId, LocalDate since) {
        this.id = id;
        this.memberSubject = memberSubject;
        this.memberName = memberName;
        this.householdId = householdId;
        this.townshipId = townshipId;
        this.villageId = villageId;
        this.since = since;
    }

    static Pairing pair(String memberSubject, String memberName, String householdId, String townshipId,
                        String villageId, LocalDate since, Instant now) {
        Pairing pairing = new Pairing(idOf(memberSubject, householdId), memberSubject, memberName, householdId,
                townshipId, villageId, since);
        pairing.raise("pairing.created", new PairingCreated(pairing.id, memberSubject, householdId, townshipId,
                villageId, since), now);
        return pairing;
    }

    static String idOf(String memberSubject, String householdId) {
        return memberSubject + ":" + householdId;
    }

    /** Payload of {@code pairing.created} (CONTRACTS.md). */
    record PairingCreated(String pairingId, String memberId, String householdId, String townshipId, String villageId,
                          LocalDate since) {
    }

    String id() {
        return id;
    }

    String memberSubject() {
        return memberSubject;
    }

    String memberName() {
        return memberName;
    }

    String householdId() {
        return householdId;
    }

    String townshipId() {
        return townshipId;
    }

    String villageId() {
        return villageId;
    }

    LocalDate since() {
        return since;
    }
}
