package org.villagegov.points.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How long each list entry of a village counts in the size of the village's current list. A
 * village's red (or black) list of a period is published on the first day it was computed or an
 * entry of it was designated; from then on it is the village's current list of that kind until a
 * list of a later period (later end, then later start) is published. An entry counts from the day
 * it was published while its list is current, so an older period computed after a newer one
 * never counts, and a computation that listed nobody still replaces the list before it.
 */
final class ListStandings {

    /** An entry of {@code kind} counting from {@code from} (included) until {@code until} (excluded; null: still). */
    record Standing(ListEntry.Kind kind, LocalDate from, LocalDate until) {
    }

    /** A list entry as published: its list and the county day it was published. */
    record Published(ListEntry.Kind kind, LocalDate periodStart, LocalDate periodEnd, LocalDate on) {
    }

    /** A computation: both lists of its period published on that county day. */
    record Run(LocalDate periodStart, LocalDate periodEnd, LocalDate on) {
    }

    private record Period(LocalDate start, LocalDate end) {
        static final Comparator<Period> ORDER = Comparator.comparing(Period::end).thenComparing(Period::start);
    }

    private ListStandings() {
    }

    static List<Standing> of(List<Published> entries, List<Run> runs) {
        List<Standing> standings = new ArrayList<>();
        for (ListEntry.Kind kind : ListEntry.Kind.values()) {
            Map<Period, LocalDate> firstPublished = new TreeMap<>(Period.ORDER);
            for (Run run : runs) {
                firstPublished.merge(new Period(run.periodStart(), run.periodEnd()), run.on(), ListStandings::earlier);
            }
            for (Published entry : entries) {
                if (entry.kind() == kind) {
                    firstPublished.merge(new Period(entry.periodStart(), entry.periodEnd()), entry.on(),
                            ListStandings::earlier);
                }
            }
            for (Published entry : entries) {
                if (entry.kind() == kind) {
                    LocalDate replaced = replacedOn(new Period(entry.periodStart(), entry.periodEnd()), firstPublished);
                    standings.add(new Standing(kind, entry.on(), replaced));
                }
            }
        }
        return List.copyOf(standings);
    }

    /** The first day a list of a later period was published, or null while none was. */
    private static LocalDate replacedOn(Period period, Map<Period, LocalDate> firstPublished) {
        LocalDate replaced = null;
        for (Map.Entry<Period, LocalDate> later : firstPublished.entrySet()) {
            if (Period.ORDER.compare(later.getKey(), period) > 0) {
                replaced = replaced == null ? later.getValue() : earlier(replaced, later.getValue());
            }
        }
        return replaced;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
