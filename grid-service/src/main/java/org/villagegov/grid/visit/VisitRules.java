package org.villagegov.grid.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Predicate;

import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Roles;
import org.villagegov.platform.time.CountyTime;

/** The rules of logging a visit and of the weekly contact, apart from where visits are stored. */
final class VisitRules {

    /** A paired household is contacted at least once in this many days (county time). */
    static final int CONTACT_EVERY_DAYS = 7;

    private VisitRules() {
    }

    /** A visit is logged for a day that has begun in the county, never ahead. */
    static void refuseFutureDay(LocalDate visitedOn, LocalDate today) {
        if (visitedOn.isAfter(today)) {
            throw new RuleViolationException("visitedOn", "A visit cannot be logged for a future day");
        }
    }

    /**
     * Whose visit it is: the caller's own, or — entered by a village cadre — that of the member
     * named {@code onBehalfOf}, who must be paired with the household.
     */
    static String countedMember(PlatformUser caller, String onBehalfOf, Predicate<String> pairedWithHousehold) {
        if (onBehalfOf == null || onBehalfOf.equals(caller.subject())) {
            return caller.subject();
        }
        if (!caller.hasRole(Roles.VILLAGE_CADRE)) {
            throw new RuleViolationException("onBehalfOf", "Only a village cadre enters a visit on a member's behalf");
        }
        if (!pairedWithHousehold.test(onBehalfOf)) {
            throw new RuleViolationException("onBehalfOf", "'" + onBehalfOf + "' is not paired with this household");
        }
        return onBehalfOf;
    }

    /** A visit closes the follow-ups created before the end of the day visited, not those created later. */
    static Instant closesFollowUpsCreatedBefore(LocalDate visitedOn) {
        return CountyTime.startOf(visitedOn.plusDays(1));
    }

    /** The first day whose visits count as this week's contact. */
    static LocalDate contactWindowStart(LocalDate today) {
        return today.minusDays(CONTACT_EVERY_DAYS - 1L);
    }
}
