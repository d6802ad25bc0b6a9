package org.villagegov.platform.indicator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything one village's raw records contribute to the indicators, as counter changes dated by
 * the day they take effect: a flow on the day it happened; a stock +1 on the day it starts to
 * hold and -1 on the day it stops. A stock that starts in the future (a deadline not yet passed)
 * is dated in the future, so "overdue" turns true on its day without any job running.
 * <pre>
 * VillageHistory history = VillageHistory.of(villageId, townshipId);
 * history.flow("casesOpened", c.openedOn());
 * history.holds("casesOpen", c.openedOn(), c.endedOn());          // null end: still open
 * history.overdue("casesOverdue", c.deadline(), c.endedOn());
 * </pre>
 */
public final class VillageHistory {

    private final String villageId;
    private final String townshipId;
    private final Map<LocalDate, Map<String, Long>> changes = new TreeMap<>();

    private VillageHistory(String villageId, String townshipId) {
        this.villageId = villageId;
        this.townshipId = townshipId;
    }

    /** @param townshipId where the village sits now (null when the village has no records) */
    public static VillageHistory of(String villageId, String townshipId) {
        return new VillageHistory(villageId, townshipId);
    }

    /** One thing happened on that day. */
    public VillageHistory flow(String counter, LocalDate day) {
        return add(counter, day, 1);
    }

    /** An amount (points, ballots) counted on that day; a null day counts nothing. */
    public VillageHistory add(String counter, LocalDate day, long amount) {
        if (day != null && amount != 0) {
            changes.computeIfAbsent(day, d -> new TreeMap<>()).merge(counter, amount, Long::sum);
            changes.get(day).remove(counter, 0L);
            if (changes.get(day).isEmpty()) {
                changes.remove(day);
            }
        }
        return this;
    }

    /** A stock that holds {@code amount} from {@code from} (included) until {@code until} (excluded; null: still). */
    public VillageHistory holds(String counter, LocalDate from, LocalDate until, long amount) {
        if (from == null || (until != null && !until.isAfter(from))) {
            return this;
        }
        add(counter, from, amount);
        return until == null ? this : add(counter, until, -amount);
    }

    public VillageHistory holds(String counter, LocalDate from, LocalDate until) {
        return holds(counter, from, until, 1);
    }

    /** Overdue from the day after the deadline until the day it ended (null: not yet); nothing if it ended in time. */
    public VillageHistory overdue(String counter, LocalDate deadline, LocalDate endedOn) {
        return deadline == null ? this : holds(counter, deadline.plusDays(1), endedOn);
    }

    /** A count by whole days between two dates, into a {@link Counter#histogram histogram}, on the day it ended. */
    public VillageHistory days(String prefix, int last, LocalDate start, LocalDate end) {
        if (start == null || end == null) {
            return this;
        }
        long days = Math.max(0, ChronoUnit.DAYS.between(start, end));
        return flow(Counter.bucket(prefix, (int) Math.min(days, last)), end);
    }

    public String villageId() {
        return villageId;
    }

    public String townshipId() {
        return townshipId;
    }

    /** Day -> counter -> change, without zeros. */
    public Map<LocalDate, Map<String, Long>> changes() {
        return Collections.unmodifiableMap(changes);
    }

    /** Two histories are equal when they date the same changes to the same village in the same township. */
    @Override
    public boolean equals(Object other) {
        return other instanceof VillageHistory that && Objects.equals(villageId, that.villageId)
                && Objects.equals(townshipId, that.townshipId) && changes.equals(that.changes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(villageId, townshipId, changes);
    }

    @Override
    public String toString() {
        return "VillageHistory[" + villageId + " in " + townshipId + ": " + changes + "]";
    }
}
