package org.villagegov.council.meeting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.villagegov.platform.errors.RuleViolationException;

/**
 * The count of a vote at a village meeting. Quorum as the meeting's {@link Quorum} says;
 * adoption: more than half of those present vote for (votes for > present / 2). Abstaining or
 * not voting counts as not for.
 */
public record Vote(@NotNull @Min(1) @Max(100000) Integer entitled,
                   @NotNull @Min(0) @Max(100000) Integer present,
                   @NotNull @Min(0) @Max(100000) Integer votesFor,
                   @NotNull @Min(0) @Max(100000) Integer votesAgainst,
                   @NotNull @Min(0) @Max(100000) Integer abstentions) {

    /** Refuses (422) a count that cannot be, or a meeting without quorum, before anything is stored. */
    public Vote checked() {
        return checked(Quorum.MORE_THAN_HALF, "vote.present");
    }

    /**
     * As {@link #checked()} with the meeting's own quorum; {@code presentField} is what the
     * request used to say who was present (the attendance list, once present is computed).
     */
    public Vote checked(Quorum quorum, String presentField) {
        if (present > entitled) {
            throw new RuleViolationException(presentField, "More present (" + present + ") than entitled (" + entitled + ")");
        }
        if (votesFor + votesAgainst + abstentions > present) {
            throw new RuleViolationException("vote.votesFor", "More votes than people present (" + present + ")");
        }
        if (!quorum.met(present, entitled)) {
            throw new RuleViolationException(presentField, "No quorum: " + present + " of " + entitled
                    + " present, " + quorum.rule() + " are needed");
        }
        return this;
    }

    public boolean adopted() {
        return 2 * votesFor > present;
    }

    public String summary() {
        return votesFor + " for, " + votesAgainst + " against, " + abstentions + " abstaining, " + present + " of "
                + entitled + " present";
    }
}
