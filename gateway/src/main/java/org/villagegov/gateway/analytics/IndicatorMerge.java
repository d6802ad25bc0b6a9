package org.villagegov.gateway.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Puts the services' tables side by side: their columns one after the other in service order,
 * their rows joined by place id (a place one service lacks gets nulls there), totals and trend
 * months joined by key. A key two services both use is kept as it is for the first and becomes
 * {@code <service>.<key>} for the next, so no figure overwrites another.
 */
final class IndicatorMerge {

    static final String COUNTY = "COUNTY";
    static final String PROVINCE = "PROVINCE";

    private IndicatorMerge() {
    }

    /**
     * @param tables      each service's answer, in service order (at least one)
     * @param countyNames display names of the registry's counties: the services know county ids only
     */
    static Overview merge(Map<String, ServiceTable> tables, Map<String, String> countyNames) {
        ServiceTable first = tables.values().iterator().next();
        List<Overview.Column> columns = new ArrayList<>();
        Map<String, Map<String, String>> keysByService = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        tables.forEach((service, table) -> {
            Map<String, String> keys = new LinkedHashMap<>();
            for (ServiceTable.Column column : table.columns()) {
                String key = taken.add(column.key()) ? column.key() : service + "." + column.key();
                taken.add(key);
                keys.put(column.key(), key);
                columns.add(new Overview.Column(service, key, column.label() == null ? column.key() : column.label(),
                        column.unit() == null ? "COUNT" : column.unit()));
            }
            keysByService.put(service, keys);
        });

        // rows by id, in id order (as each service sends them), every column present
        TreeMap<String, Map<String, BigDecimal>> values = new TreeMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        tables.forEach((service, table) -> {
            Map<String, String> keys = keysByService.get(service);
            for (ServiceTable.Row row : table.rows()) {
                Map<String, BigDecimal> merged = values.computeIfAbsent(row.id(), id -> empty(columns));
                copy(row.values(), keys, merged);
                if (row.name() != null && !row.name().isBlank()) {
                    names.putIfAbsent(row.id(), row.name());
                }
            }
        });
        String rowLevel = first.rowLevel();
        List<Overview.Row> rows = values.entrySet().stream()
                .map(entry -> new Overview.Row(entry.getKey(), rowName(rowLevel, entry.getKey(), names, countyNames),
                        entry.getValue()))
                .toList();

        Map<String, BigDecimal> total = empty(columns);
        tables.forEach((service, table) -> copy(table.total(), keysByService.get(service), total));

        TreeSet<String> months = new TreeSet<>();
        tables.values().forEach(table -> listOf(table.trend()).stream().filter(month -> month.month() != null)
                .forEach(month -> months.add(month.month())));
        Map<String, Map<String, BigDecimal>> byMonth = new LinkedHashMap<>();
        months.forEach(month -> byMonth.put(month, empty(columns)));
        tables.forEach((service, table) -> listOf(table.trend()).stream().filter(month -> month.month() != null)
                .forEach(month -> copy(month.values(), keysByService.get(service), byMonth.get(month.month()))));
        List<Overview.Month> trend = byMonth.entrySet().stream()
                .map(entry -> new Overview.Month(entry.getKey(), entry.getValue())).toList();

        return new Overview(first.level(), rowLevel, place(tables, countyNames), period(first), List.copyOf(columns),
                rows, total, trend);
    }

    private static String rowName(String rowLevel, String id, Map<String, String> names, Map<String, String> countyNames) {
        if (COUNTY.equals(rowLevel) && countyNames.containsKey(id)) {
            return countyNames.get(id);
        }
        return names.getOrDefault(id, id);
    }

    private static Overview.Place place(Map<String, ServiceTable> tables, Map<String, String> countyNames) {
        ServiceTable first = tables.values().iterator().next();
        String id = first.place().id();
        if (COUNTY.equals(first.level()) && countyNames.containsKey(id)) {
            return new Overview.Place(id, countyNames.get(id));
        }
        String name = tables.values().stream().map(table -> table.place().name())
                .filter(candidate -> candidate != null && !candidate.isBlank()).findFirst().orElse(id);
        return new Overview.Place(id, name);
    }

    private static Overview.Period period(ServiceTable table) {
        return new Overview.Period(table.period().from(), table.period().to(), table.period().asOf());
    }

    /** Every column's key with null: a LinkedHashMap, since Map.of refuses nulls. */
    private static Map<String, BigDecimal> empty(List<Overview.Column> columns) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        columns.forEach(column -> values.put(column.key(), null));
        return values;
    }

    private static void copy(Map<String, BigDecimal> from, Map<String, String> keys, Map<String, BigDecimal> into) {
        if (from == null) {
            return;
        }
        // only the service's own columns: a value without a column has no label to show it under
        keys.forEach((own, merged) -> into.put(merged, from.get(own)));
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }
}
