package org.villagegov.council.meeting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The votes cast at a meeting, as the request gives them. Who was entitled and who was present
 * is not part of it: both are computed from the attendance list and the roll, never typed.
 */
public record Tally(@NotNull @Min(0) @Max(100000) Integer votesFor,
                    @NotNull @Min(0) @Max(100000) Integer votesAgainst,
                    @NotNull @Min(0) @Max(100000) Integer abstentions) {

    /** The full count once attendance is known; checked by the caller against the meeting's quorum. */
    public Vote of(int entitled, int present) {
        return new Vote(entitled, present, votesFor, votesAgainst, abstentions);
    }
}
