package org.villagegov.points.period;

import java.time.LocalDate;

import org.villagegov.platform.errors.RuleViolationException;

/**
 * Dates a request may name. Outside these years a date is a typo or a probe, and turning it into
 * an instant (or a day after it) would overflow: refused naming the field instead of a 500.
 */
public final class QueryDates {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private QueryDates() {
    }

    public static LocalDate plausible(LocalDate date, String field) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw new RuleViolationException(field, "Must lie between " + EARLIEST + " and " + LATEST);
        }
        return date;
    }

    /**
     * A period of whole county days a report asks for: {@code from} defaults to the first of the
     * current month, {@code to} to today (the county's).
     */
    public static Period periodOrThisMonth(LocalDate from, String fromField, LocalDate to, String toField,
                                           LocalDate today) {
        LocalDate start = from != null ? from : today.withDayOfMonth(1);
        LocalDate end = to != null ? to : today;
        period(start, fromField, end, toField);
        return new Period(start, end);
    }

    /** Whole days, both ends included. */
    public record Period(LocalDate start, LocalDate end) {
    }

    /** A period of whole days, both ends named by the request. */
    public static void period(LocalDate start, String startField, LocalDate end, String endField) {
        plausible(start, startField);
        plausible(end, endField);
        if (end.isBefore(start)) {
            throw new RuleViolationException(endField, "The period ends before it starts");
        }
    }
}
