package org.villagegov.platform.indicator;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One level of the reports: the indicators of every place one level below {@code place}, side by
 * side, the place's own totals, and its monthly trend over the last 12 months.
 *
 * @param level     the level of {@code place} (PROVINCE, COUNTY or TOWNSHIP)
 * @param rowLevel  the level of the rows (COUNTY, TOWNSHIP or VILLAGE)
 * @param place     the province, county or township the table is about
 * @param period    the days covered, both ends included, and the day stocks are read as of
 * @param columns   the indicators, in reading order, with their Chinese labels
 * @param rows      one per place below, in id order
 * @param total     the place's own figures: sums of the rows' counters, ratios of those sums
 * @param trend     the place's figures month by month, oldest first
 */
public record IndicatorTable(Level level, Level rowLevel, PlaceRef place, Period period, List<Column> columns,
                             List<Row> rows, Map<String, Number> total, List<Month> trend) {

    public record PlaceRef(String id, String name) {
    }

    public record Period(LocalDate from, LocalDate to, LocalDate asOf) {
    }

    public record Column(String key, String label, Indicator.Unit unit) {
    }

    public record Row(String id, String name, Map<String, Number> values) {
    }

    public record Month(String month, Map<String, Number> values) {
    }
}
