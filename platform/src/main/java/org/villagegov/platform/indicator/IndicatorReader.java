package org.villagegov.platform.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Reads places' counters for a period from the kept documents, never from raw records: whole
 * months from month documents, the ends of a period that cut a month from day documents. A flow
 * adds up the period's days; a stock adds up every change up to the period's as-of day. One
 * query by id per call, however many places.
 */
public class IndicatorReader {

    private final MongoTemplate mongo;
    private final IndicatorLedger ledger;
    private final Set<String> flows = new LinkedHashSet<>();
    private final Set<String> stocks = new LinkedHashSet<>();

    public IndicatorReader(MongoTemplate mongo, IndicatorLedger ledger, IndicatorSource source) {
        this.mongo = mongo;
        this.ledger = ledger;
        source.counters().forEach(counter -> (counter.kind() == Counter.Kind.FLOW ? flows : stocks).add(counter.name()));
    }

    /** A place's counters over the period, and for each month of the trend. */
    public record Figures(CounterValues period, List<CounterValues> trend) {

        static Figures empty(int months) {
            List<CounterValues> trend = new ArrayList<>();
            for (int i = 0; i < months; i++) {
                trend.add(CounterValues.empty());
            }
            return new Figures(CounterValues.empty(), trend);
        }

        void addAll(Figures other) {
            period.addAll(other.period);
            for (int i = 0; i < trend.size(); i++) {
                trend.get(i).addAll(other.trend.get(i));
            }
        }
    }

    /** The figures of these places of one level, in the current county. */
    public Map<String, Figures> read(Level level, Collection<String> places, ReportPeriod period) {
        List<YearMonth> trendMonths = period.trendMonths();
        Map<String, Figures> figures = new LinkedHashMap<>();
        places.forEach(place -> figures.put(place, Figures.empty(trendMonths.size())));
        YearMonth since = ledger.since();
        YearMonth last = YearMonth.from(period.asOf());
        if (since == null || places.isEmpty() || since.isAfter(last)) {
            return figures;
        }
        // the day documents the sums below read: only those of months a range cuts, and only its days
        Set<LocalDate> days = new TreeSet<>();
        cutDays(period.from(), period.to(), days);
        cutDays(null, period.asOf(), days);
        for (YearMonth month : trendMonths) {
            LocalDate end = month.atEndOfMonth().isAfter(period.asOf()) ? period.asOf() : month.atEndOfMonth();
            cutDays(month.atDay(1), end, days);
            cutDays(null, end, days);
        }
        days.removeIf(day -> YearMonth.from(day).isBefore(since));
        List<String> ids = new ArrayList<>();
        for (String place : places) {
            for (YearMonth month = since; !month.isAfter(last); month = month.plusMonths(1)) {
                ids.add(IndicatorLedger.documentId(level, place, month.toString()));
            }
            for (LocalDate day : days) {
                ids.add(IndicatorLedger.documentId(level, place, day.toString()));
            }
        }
        Map<String, Kept> kept = new HashMap<>();
        Query query = Query.query(Criteria.where("_id").in(ids));
        query.fields().include("place", "period", "counters");
        for (Document document : mongo.find(query, Document.class, IndicatorLedger.VIEW)) {
            Kept place = kept.computeIfAbsent(document.getString("place"), p -> new Kept());
            String key = document.getString("period");
            Document counters = document.get("counters", Document.class);
            if (counters != null) {
                (key.length() == 7 ? place.months : place.days).put(key, counters);
            }
        }
        kept.forEach((place, documents) -> {
            Figures placeFigures = figures.get(place);
            if (placeFigures == null) {
                return;
            }
            documents.sum(flows, since, period.from(), period.to(), placeFigures.period());
            documents.sum(stocks, since, null, period.asOf(), placeFigures.period());
            for (int i = 0; i < trendMonths.size(); i++) {
                YearMonth month = trendMonths.get(i);
                LocalDate end = month.atEndOfMonth().isAfter(period.asOf()) ? period.asOf() : month.atEndOfMonth();
                documents.sum(flows, since, month.atDay(1), end, placeFigures.trend().get(i));
                documents.sum(stocks, since, null, end, placeFigures.trend().get(i));
            }
        });
        return figures;
    }

    /**
     * The days {@link Kept#sum} reads day documents for over [from, to] (from null: since the
     * start): those of the month {@code from} falls in, unless it is the month's first day, and of
     * the month {@code to} falls in, unless it is the month's last; every other month is whole.
     */
    static void cutDays(LocalDate from, LocalDate to, Set<LocalDate> into) {
        if (from != null && from.isAfter(to)) {
            return;
        }
        if (from != null && from.getDayOfMonth() != 1) {
            LocalDate monthEnd = YearMonth.from(from).atEndOfMonth();
            from.datesUntil((to.isBefore(monthEnd) ? to : monthEnd).plusDays(1)).forEach(into::add);
        }
        YearMonth last = YearMonth.from(to);
        if (!to.equals(last.atEndOfMonth())) {
            LocalDate start = from != null && from.isAfter(last.atDay(1)) ? from : last.atDay(1);
            start.datesUntil(to.plusDays(1)).forEach(into::add);
        }
    }

    /** One place's month and day documents, by their period. */
    private static final class Kept {

        final Map<String, Document> months = new HashMap<>();
        final Map<String, Document> days = new HashMap<>();

        /** Adds these counters over [from, to] (from null: since the first month) into {@code into}. */
        void sum(Set<String> counters, YearMonth since, LocalDate from, LocalDate to, CounterValues into) {
            if (from != null && from.isAfter(to)) {
                return;
            }
            YearMonth first = from == null || YearMonth.from(from).isBefore(since) ? since : YearMonth.from(from);
            for (YearMonth month = first; !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
                boolean whole = (from == null || !month.atDay(1).isBefore(from)) && !month.atEndOfMonth().isAfter(to);
                if (whole) {
                    add(months.get(month.toString()), counters, into);
                } else {
                    LocalDate start = from == null || from.isBefore(month.atDay(1)) ? month.atDay(1) : from;
                    LocalDate end = to.isAfter(month.atEndOfMonth()) ? month.atEndOfMonth() : to;
                    for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
                        add(days.get(day.toString()), counters, into);
                    }
                }
            }
        }

        private static void add(Document document, Set<String> counters, CounterValues into) {
            if (document != null) {
                document.forEach((counter, value) -> {
                    if (counters.contains(counter)) {
                        into.add(counter, ((Number) value).longValue());
                    }
                });
            }
        }
    }
}
