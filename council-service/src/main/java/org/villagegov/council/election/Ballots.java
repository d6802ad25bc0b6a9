package org.villagegov.council.election;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.RuleViolationException;

/**
 * Puts a ballot in the box in two writes without a transaction:
 * <ol>
 * <li>the participation ("this household has voted"), whose unique key lets exactly one ballot
 * per household through, however many arrive at once;</li>
 * <li>the paper with the choices, under an id derived from the participation
 * ({@link Election#paperId}), so the paper of one participation can exist once only.</li>
 * </ol>
 * A crash between the two leaves a participation without a paper: the same caster sending the
 * ballot again finds their own participation and writes the missing paper under the same id (a
 * second retry finds it there: 409). Nothing else can reach a paper for that household, and a
 * refused ballot never gets as far as writing one, so no orphan choice is ever counted.
 */
@Component
class Ballots {

    private final MongoTemplate mongo;

    Ballots(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The participation recorded for the ballot (the receipt the voter gets; never the choices). */
    Participation cast(Election election, Participation participation, List<String> candidateIds) {
        Participation recorded = participate(participation);
        String paperId = election.paperId(recorded.id());
        try {
            mongo.insert(new BallotPaper(paperId, election.id(), List.copyOf(candidateIds), recorded.channel()));
        } catch (DuplicateKeyException counted) {
            throw votedAlready(recorded.householdId());
        }
        return recorded;
    }

    /** The participation just written, or the caster's own one left without a paper by an earlier attempt. */
    private Participation participate(Participation participation) {
        try {
            return mongo.insert(participation);
        } catch (DuplicateKeyException duplicate) {
            Participation existing = mongo.findById(participation.id(), Participation.class);
            if (existing == null) {
                // not this household's key: the serial is taken by another household's paper
                throw new RuleViolationException("serial", "Paper ballot '" + participation.serial()
                        + "' was entered for another household already");
            }
            if (!existing.castBy().equals(participation.castBy()) || existing.channel() != participation.channel()) {
                throw votedAlready(participation.householdId());
            }
            return existing;
        }
    }

    private static ConflictException votedAlready(String householdId) {
        return new ConflictException("Household " + householdId + " has voted in this election already");
    }
}
