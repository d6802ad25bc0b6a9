package org.villagegov.platform.indicator;

import java.util.function.Function;

/**
 * One column of the reports: a key integrators read, a Chinese label people read (and the CSV and
 * Excel headers), its unit, and how it is worked out from the counters of a place and period.
 * Ratios are worked out from summed counters, never by averaging ratios, so a province total is
 * the ratio of the province's sums.
 */
public record Indicator(String key, String label, Unit unit, Function<CounterValues, Number> value) {

    public enum Unit { COUNT, PERCENT, DAYS }

    /** A counter as it is. */
    public static Indicator count(String key, String label, String counter) {
        return new Indicator(key, label, Unit.COUNT, values -> values.get(counter));
    }

    /** Several counters added up. */
    public static Indicator sum(String key, String label, String... counters) {
        return new Indicator(key, label, Unit.COUNT, values -> {
            long total = 0;
            for (String counter : counters) {
                total += values.get(counter);
            }
            return total;
        });
    }

    /** part / whole in percent with one decimal; null when the whole is zero (nothing to measure). */
    public static Indicator percent(String key, String label, String part, String whole) {
        return new Indicator(key, label, Unit.PERCENT, values -> percentOf(values.get(part), values.get(whole)));
    }

    /** The median of a {@link Counter#histogram day histogram}; null when it is empty. */
    public static Indicator medianDays(String key, String label, String prefix, int last) {
        return new Indicator(key, label, Unit.DAYS, values -> median(values, prefix, last));
    }

    public static Double percentOf(long part, long whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }

    static Double median(CounterValues values, String prefix, int last) {
        long total = 0;
        for (int bucket = 0; bucket <= last; bucket++) {
            total += values.get(Counter.bucket(prefix, bucket));
        }
        if (total == 0) {
            return null;
        }
        // the lower and the upper middle element (the same one when the count is odd)
        long lower = (total - 1) / 2;
        long upper = total / 2;
        Integer lowerDays = null;
        Integer upperDays = null;
        long seen = 0;
        for (int bucket = 0; bucket <= last && upperDays == null; bucket++) {
            seen += values.get(Counter.bucket(prefix, bucket));
            if (lowerDays == null && seen > lower) {
                lowerDays = bucket;
            }
            if (seen > upper) {
                upperDays = bucket;
            }
        }
        return (lowerDays + upperDays) / 2.0;
    }

    Number valueOf(CounterValues values) {
        return value.apply(values);
    }
}
