package org.villagegov.platform.metrics;

import java.util.HashSet;
import java.util.Set;

import io.micrometer.core.instrument.config.MeterFilter;

/**
 * Keeps the {@code tenant} tag of every meter to a bounded number of values: with thousands of
 * counties, a tag value per county on {@code http.server.requests} (times URI, method and status)
 * would make Prometheus's series grow with the registry. The first {@code max} counties a process
 * meets keep their own value; every later one is counted as {@value #OTHER}, so sums over the tag
 * stay the service's totals. {@code none} (a request without a county) takes no place.
 */
public final class TenantTagLimit {

    public static final String TAG = "tenant";
    public static final String OTHER = "other";

    private final Set<String> kept = new HashSet<>();
    private final int max;

    private TenantTagLimit(int max) {
        this.max = max;
    }

    /** The filter for a registry; Micrometer asks it once per new meter, so the lock costs nothing per request. */
    public static MeterFilter of(int max) {
        return MeterFilter.replaceTagValues(TAG, new TenantTagLimit(max)::valueFor, "none", OTHER);
    }

    private synchronized String valueFor(String tenant) {
        return kept.contains(tenant) || (kept.size() < max && kept.add(tenant)) ? tenant : OTHER;
    }
}
