package org.villagegov.council.election;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * "This household has voted in this election", and nothing about how: the choices are a
 * separate {@link BallotPaper} that names no household and no voter. The id is
 * {@code electionId:householdId} and a unique index covers the pair, so a second ballot for a
 * household fails in the database itself, also when twenty arrive at once. A paper ballot's
 * serial is unique per election ({@code serialKey}; an online ballot's key is its own id, so the
 * index never meets two empty serials).
 */
@Document("ballot_participations")
@CompoundIndexes({
        @CompoundIndex(name = "one_household_one_vote", def = "{'electionId': 1, 'householdId': 1}", unique = true),
        @CompoundIndex(name = "one_paper_per_serial", def = "{'serialKey': 1}", unique = true)})
record Participation(@Id String id, String electionId, String householdId, Channel channel, String castBy,
                     String witnessId, String serial, String serialKey, Instant castAt) {

    /** ONLINE: cast by the household head; PAPER: a paper ballot entered by a village cadre before a witness. */
    enum Channel { ONLINE, PAPER }

    static Participation of(String electionId, String householdId, Channel channel, String castBy, String witnessId,
                            String serial, Instant now) {
        String id = idOf(electionId, householdId);
        String serialKey = channel == Channel.PAPER ? electionId + "#serial:" + serial : electionId + "#online:" + id;
        return new Participation(id, electionId, householdId, channel, castBy, witnessId, serial, serialKey, now);
    }

    static String idOf(String electionId, String householdId) {
        return electionId + ":" + householdId;
    }
}
