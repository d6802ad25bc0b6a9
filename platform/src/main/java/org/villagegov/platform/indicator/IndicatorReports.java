package org.villagegov.platform.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.villagegov.platform.place.Place;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.tenancy.TenantId;

/**
 * Builds the tables of one service's indicators: a province's counties (from the copy of the
 * county figures in the platform's database), a county's townships, a township's villages. Which places
 * exist below comes from the villages the ledger knows (every village with records); who may
 * read which table is decided by {@link IndicatorAccess} before this runs.
 */
public class IndicatorReports {

    private final IndicatorSource source;
    private final IndicatorReader reader;
    private final MongoTemplate mongo;
    private final PlaceGuard places;

    public IndicatorReports(IndicatorSource source, IndicatorReader reader, MongoTemplate mongo, PlaceGuard places) {
        this.source = source;
        this.reader = reader;
        this.mongo = mongo;
        this.places = places;
    }

    /**
     * The counties of a province side by side, with the province's totals: read from the county
     * figures every county also keeps in the platform's database, in one query for all of them
     * (only the counties asked for: the province's own, from the tenant registry).
     */
    public IndicatorTable province(String province, List<String> countyIds, ReportPeriod period) {
        Map<String, IndicatorReader.Figures> figures = TenantContext.call(TenantId.PLATFORM,
                () -> reader.read(Level.COUNTY, countyIds, period));
        return table(Level.PROVINCE, new IndicatorTable.PlaceRef(province, null), period, figures, null, id -> null);
    }

    /** The current county's townships side by side, with the county's own figures. */
    public IndicatorTable county(ReportPeriod period) {
        String county = TenantContext.require();
        TreeSet<String> townships = new TreeSet<>();
        for (Document ledger : ledgers(new Criteria())) {
            if (ledger.getString("township") != null) {
                townships.add(ledger.getString("township"));
            }
        }
        Map<String, IndicatorReader.Figures> figures = reader.read(Level.TOWNSHIP, townships, period);
        IndicatorReader.Figures own = reader.read(Level.COUNTY, List.of(county), period).get(county);
        return table(Level.COUNTY, new IndicatorTable.PlaceRef(county, null), period, figures, own, this::name);
    }

    /** One township's villages side by side, with the township's own figures. */
    public IndicatorTable township(String township, ReportPeriod period) {
        TreeSet<String> villages = new TreeSet<>();
        ledgers(Criteria.where("township").is(township)).forEach(ledger -> villages.add(ledger.getString("_id")));
        Map<String, IndicatorReader.Figures> figures = reader.read(Level.VILLAGE, villages, period);
        IndicatorReader.Figures own = reader.read(Level.TOWNSHIP, List.of(township), period).get(township);
        return table(Level.TOWNSHIP, new IndicatorTable.PlaceRef(township, name(township)), period, figures, own,
                this::name);
    }

    private List<Document> ledgers(Criteria criteria) {
        Query query = Query.query(criteria);
        query.fields().include("_id", "township");
        return mongo.find(query, Document.class, IndicatorLedger.LEDGER);
    }

    /**
     * @param own the place's own figures as kept; null to add up the rows (a province keeps none
     *            of its own: it is its counties' sum)
     */
    private IndicatorTable table(Level level, IndicatorTable.PlaceRef place, ReportPeriod period,
                                 Map<String, IndicatorReader.Figures> figures, IndicatorReader.Figures own,
                                 java.util.function.Function<String, String> names) {
        List<YearMonth> months = period.trendMonths();
        IndicatorReader.Figures total = own;
        if (total == null) {
            total = IndicatorReader.Figures.empty(months.size());
            for (IndicatorReader.Figures row : figures.values()) {
                total.addAll(row);
            }
        }
        List<IndicatorTable.Row> rows = new ArrayList<>();
        figures.forEach((id, row) -> rows.add(new IndicatorTable.Row(id, names.apply(id), values(row.period()))));
        List<IndicatorTable.Month> trend = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            trend.add(new IndicatorTable.Month(months.get(i).toString(), values(total.trend().get(i))));
        }
        List<IndicatorTable.Column> columns = source.indicators().stream()
                .map(indicator -> new IndicatorTable.Column(indicator.key(), indicator.label(), indicator.unit()))
                .toList();
        return new IndicatorTable(level, level.below(), place,
                new IndicatorTable.Period(period.from(), period.to(), period.asOf()), columns, List.copyOf(rows),
                values(total.period()), List.copyOf(trend));
    }

    private Map<String, Number> values(CounterValues counters) {
        Map<String, Number> values = new LinkedHashMap<>();
        for (Indicator indicator : source.indicators()) {
            values.put(indicator.key(), indicator.valueOf(counters));
        }
        return values;
    }

    /**
     * A place's name, or null when it cannot be had: outside grid-service the lookup goes over
     * Feign with the caller's token, which a provincial admin's (platform realm) cannot carry
     * into a county; the gateway then takes grid-service's name for the row.
     */
    private String name(String placeId) {
        try {
            return places.find(placeId).map(Place::name).orElse(null);
        } catch (RuntimeException unavailable) {
            return null;
        }
    }

    /** Whether the current county's ledgers know this township (it has villages with records). */
    public boolean knowsTownship(String township) {
        return !ledgers(Criteria.where("township").is(township)).isEmpty();
    }
}
