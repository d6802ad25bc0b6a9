package org.villagegov.council.election;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One household's ballot in one election. The id is {@code electionId:householdId} and a unique
 * index covers the pair too, so a second ballot for a household fails in the database itself,
 * also when two arrive at the same moment (409 via the platform's duplicate-key mapping).
 */
@Document("ballots")
@CompoundIndex(name = "one_household_one_vote", def = "{'electionId': 1, 'householdId': 1}", unique = true)
record Ballot(@Id String id, String electionId, String householdId, List<String> candidateIds, Channel channel,
              String castBy, Instant castAt) {

    /** ONLINE: cast by the household head; PAPER: a paper ballot entered by a village cadre. */
    enum Channel { ONLINE, PAPER }

    static String idOf(String electionId, String householdId) {
        return electionId + ":" + householdId;
    }
}
