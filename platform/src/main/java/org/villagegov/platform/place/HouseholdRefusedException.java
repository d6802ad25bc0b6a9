package org.villagegov.platform.place;

import org.villagegov.platform.errors.RuleViolationException;

/**
 * A household named in a request is unknown, outside the caller's scope or no longer active.
 * Carries which one, so that a request naming many (a case's parties) can point at its entry.
 */
public class HouseholdRefusedException extends RuleViolationException {

    private final String householdId;

    public HouseholdRefusedException(String field, String householdId, String message) {
        super(field, message);
        this.householdId = householdId;
    }

    public String householdId() {
        return householdId;
    }
}
