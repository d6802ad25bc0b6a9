package org.villagegov.platform.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One number a service keeps per place and day. A {@link Kind#FLOW} adds up what happened in a
 * period (cases opened); a {@link Kind#STOCK} is read as of the period's last day (cases open),
 * kept as the changes that make it: +1 the day a thing starts to count, -1 the day it stops.
 *
 * @param name a plain identifier: it is a field name in the stored documents
 */
public record Counter(String name, Kind kind) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9_]{0,63}");

    public enum Kind { FLOW, STOCK }

    public Counter {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A counter name is a plain identifier, not '" + name + "'");
        }
    }

    public static Counter flow(String name) {
        return new Counter(name, Kind.FLOW);
    }

    public static Counter stock(String name) {
        return new Counter(name, Kind.STOCK);
    }

    /**
     * Flow counters {@code <prefix>_0 .. <prefix>_<last>} counting things by a whole number of days
     * (the last bucket takes everything from {@code last} up), so a median can be read from sums.
     */
    public static List<Counter> histogram(String prefix, int last) {
        List<Counter> buckets = new ArrayList<>();
        for (int bucket = 0; bucket <= last; bucket++) {
            buckets.add(flow(bucket(prefix, bucket)));
        }
        return List.copyOf(buckets);
    }

    static String bucket(String prefix, int bucket) {
        return prefix + "_" + bucket;
    }
}
