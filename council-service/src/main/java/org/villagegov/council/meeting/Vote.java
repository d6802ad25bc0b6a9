package org.villagegov.council.meeting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.villagegov.platform.errors.RuleViolationException;

/**
 * The count of a vote at a village meeting. Quorum: more than half of those entitled are
 * present; adoption: more than half of those present vote for (the usual rule of villagers'
 * representatives' meetings). Abstaining or not voting counts as not for.
 */
public record Vote(@NotNull @Min(1) @Max(100000) Integer entitled,
                   @NotNull @PositiveOrZero @Max(100000) Integer present,
                   @NotNull @PositiveOrZero @Max(100000) Integer votesFor,
                   @NotNull @PositiveOrZero @Max(100000) Integer votesAgainst,
                   @NotNull @PositiveOrZero @Max(100000) Integer abstentions) {

    /** Refuses (422) a count that cannot be, or a meeting without quorum, before anything is stored. */
    public Vote checked() {
        if (present > entitled) {
            throw new RuleViolationException("vote.present", "More present (" + present + ") than entitled (" + entitled + ")");
        }
        if (votesFor + votesAgainst + abstentions > present) {
            throw new RuleViolationException("vote.votesFor", "More votes than people present (" + present + ")");
        }
        if (2 * present <= entitled) {
            throw new RuleViolationException("vote.present", "No quorum: " + present + " of " + entitled
                    + " present, more than half are needed");
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
