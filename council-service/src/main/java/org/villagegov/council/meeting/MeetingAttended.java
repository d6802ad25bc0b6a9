package org.villagegov.council.meeting;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code meeting.attended} (CONTRACTS.md): the households present at a village meeting, for
 * participation points. {@code matterId} is null for a bench meeting; {@code kind} and
 * {@code suggestionIds} were added later (fields may be added, never renamed).
 */
public record MeetingAttended(String meetingId, String matterId, String townshipId, String villageId,
                              List<String> householdIds, LocalDate heldOn, String kind, List<String> suggestionIds) {

    public static final String TYPE = "meeting.attended";
    public static final String REPRESENTATIVES = "REPRESENTATIVES";
    public static final String BENCH = "BENCH";
}
