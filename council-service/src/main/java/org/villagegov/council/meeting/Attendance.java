package org.villagegov.council.meeting;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.villagegov.council.representative.Representatives;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.place.HouseholdPlace;
import org.villagegov.platform.place.PlaceGuard;

/**
 * Counts a village meeting from who came: the households present are checked in one batch
 * lookup, and both "entitled" and "present" come from the roll (grid-service's households of the
 * village, or the village's roster of representatives), so a quorum cannot be typed in.
 */
@Component
public class Attendance {

    /** What a meeting decided with, and who gets attendance points for it. */
    public record Counted(List<String> householdIds, Vote vote) {
    }

    private final PlaceGuard places;
    private final Representatives representatives;

    Attendance(PlaceGuard places, Representatives representatives) {
        this.places = places;
        this.representatives = representatives;
    }

    public Counted count(String villageId, MeetingKind kind, List<String> present, Tally tally, String field) {
        List<String> households = places.householdsOf(present, villageId, field).stream()
                .map(HouseholdPlace::householdId).toList();
        int entitled;
        if (kind == MeetingKind.REPRESENTATIVES) {
            List<String> roster = representatives.householdsOf(villageId);
            if (roster.isEmpty()) {
                throw new RuleViolationException(field, "The village has no roster of villagers' representatives yet");
            }
            Set<String> onRoster = new HashSet<>(roster);
            for (String household : households) {
                if (!onRoster.contains(household)) {
                    throw new RuleViolationException(field, "Household '" + household + "' is not on the roster of representatives");
                }
            }
            entitled = roster.size();
        } else {
            entitled = (int) Math.min(Integer.MAX_VALUE, places.householdCount(villageId));
        }
        return new Counted(households, tally.of(entitled, households.size()).checked(Quorum.TWO_THIRDS, field));
    }
}
