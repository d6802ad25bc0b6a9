package org.villagegov.council.meeting;

/** A vote as the API shows it, apart from the stored {@link Vote} so storage can change without the API. */
public record VoteView(Integer entitled, Integer present, Integer votesFor, Integer votesAgainst, Integer abstentions) {

    /** Null for steps without a vote (publications). */
    public static VoteView of(Vote vote) {
        return vote == null ? null
                : new VoteView(vote.entitled(), vote.present(), vote.votesFor(), vote.votesAgainst(), vote.abstentions());
    }
}
