package org.villagegov.platform.indicator;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** The counters of one place over one period (or one month of a trend), as an indicator reads them. */
public final class CounterValues {

    private final Map<String, Long> values;

    CounterValues(Map<String, Long> values) {
        this.values = values;
    }

    static CounterValues empty() {
        return new CounterValues(new TreeMap<>());
    }

    public long get(String counter) {
        return values.getOrDefault(counter, 0L);
    }

    void add(String counter, long amount) {
        if (amount != 0) {
            values.merge(counter, amount, Long::sum);
        }
    }

    void addAll(CounterValues other) {
        other.values.forEach(this::add);
    }

    Map<String, Long> asMap() {
        return Collections.unmodifiableMap(values);
    }
}
