package org.villagegov.platform.indicator;

import java.util.List;
import java.util.Set;

/**
 * What one service reports (implemented once per service, read by the platform): its counters,
 * its indicators over them, and how a village's raw records turn into counter changes. The
 * platform calls {@link #history} whenever the service's own events name a village, and again
 * when it reconciles; it must read only the current county's database and be a pure function of
 * the records, so that running it twice changes nothing. Any event of the service's own exchange
 * that names a village (payload fields {@code villageId}, {@code fromVillageId}, {@code toVillageId})
 * refreshes that village, so every state change that moves a counter must raise one.
 */
public interface IndicatorSource {

    List<Counter> counters();

    /** The columns, in the order people read them. */
    List<Indicator> indicators();

    /** Every village with records in the current county (for reconciliation). */
    Set<String> villages();

    /** The village's counter changes from its raw records in the current county. */
    VillageHistory history(String villageId);

    /**
     * Every village's history at once, for reconciliation: the same as {@link #history} for each of
     * {@link #villages}, which is what this default does. A service whose per-village reads are
     * costly overrides it to read each collection once and group by village.
     */
    default java.util.Map<String, VillageHistory> histories() {
        java.util.Map<String, VillageHistory> histories = new java.util.TreeMap<>();
        villages().forEach(village -> histories.put(village, history(village)));
        return histories;
    }
}
