package org.villagegov.platform.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.villagegov.platform.errors.FieldError;
import org.villagegov.platform.errors.InvalidParameterException;

/**
 * The days a report covers, both ends included: a month ({@code 2026-11}), a quarter
 * ({@code 2026-Q4}), a year ({@code 2026}) or a range of dates ({@code from} and {@code to});
 * the current month by default. Stocks are read as of {@link #asOf}: the last day, or today
 * when the period has not ended yet.
 */
public record ReportPeriod(LocalDate from, LocalDate to, LocalDate asOf) {

    static final int EARLIEST_YEAR = 2000;
    static final int LATEST_YEAR = 2199;
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    public static ReportPeriod of(String period, String from, String to, LocalDate today) {
        if (period != null && (from != null || to != null)) {
            throw invalid("period", "Give either a period or from and to, not both");
        }
        if (period != null) {
            return named(period.strip(), today);
        }
        if (from == null && to == null) {
            YearMonth month = YearMonth.from(today);
            return between(month.atDay(1), month.atEndOfMonth(), today);
        }
        LocalDate start = from == null ? null : date(from, "from");
        LocalDate end = to == null ? null : date(to, "to");
        if (start == null) {
            throw invalid("from", "Required with to");
        }
        if (end == null) {
            throw invalid("to", "Required with from");
        }
        if (end.isBefore(start)) {
            throw invalid("to", "The period ends before it starts");
        }
        return between(start, end, today);
    }

    /** The 12 months up to the period's last month that has begun: the trend's months, oldest first. */
    public List<YearMonth> trendMonths() {
        YearMonth last = YearMonth.from(asOf);
        return java.util.stream.IntStream.rangeClosed(0, 11).mapToObj(i -> last.minusMonths(11 - i)).toList();
    }

    private static ReportPeriod named(String period, LocalDate today) {
        Matcher year = YEAR.matcher(period);
        if (year.matches()) {
            int y = year(year.group(1));
            return between(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), today);
        }
        Matcher quarter = QUARTER.matcher(period);
        if (quarter.matches()) {
            YearMonth first = YearMonth.of(year(quarter.group(1)), 3 * Integer.parseInt(quarter.group(2)) - 2);
            return between(first.atDay(1), first.plusMonths(2).atEndOfMonth(), today);
        }
        Matcher month = MONTH.matcher(period);
        if (month.matches()) {
            int m = Integer.parseInt(month.group(2));
            if (m < 1 || m > 12) {
                throw invalid("period", "No month " + m + ": give 01 to 12");
            }
            YearMonth ym = YearMonth.of(year(month.group(1)), m);
            return between(ym.atDay(1), ym.atEndOfMonth(), today);
        }
        throw invalid("period", "A month (2026-11), a quarter (2026-Q4) or a year (2026)");
    }

    private static ReportPeriod between(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate asOf = to.isAfter(today) ? today : to;
        return new ReportPeriod(from, to, asOf);
    }

    private static int year(String year) {
        int y = Integer.parseInt(year);
        if (y < EARLIEST_YEAR || y > LATEST_YEAR) {
            throw invalid("period", "The year must lie between " + EARLIEST_YEAR + " and " + LATEST_YEAR);
        }
        return y;
    }

    private static LocalDate date(String value, String field) {
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw invalid(field, "A date like 2026-11-30");
        }
        if (date.getYear() < EARLIEST_YEAR || date.getYear() > LATEST_YEAR) {
            throw invalid(field, "Must lie between " + EARLIEST_YEAR + " and " + LATEST_YEAR);
        }
        return date;
    }

    private static InvalidParameterException invalid(String field, String message) {
        return new InvalidParameterException(List.of(new FieldError(field, message)));
    }
}
