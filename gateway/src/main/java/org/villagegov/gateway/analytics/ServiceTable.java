package org.villagegov.gateway.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One service's answer from {@code GET /api/v1/<service>/indicators}, as the platform's
 * {@code IndicatorTable} writes it. The gateway keeps its own copy of the shape (style: each
 * reader owns the records it reads); numbers are read as {@link BigDecimal} so a count stays a
 * whole number and a percent keeps exactly the decimals the service wrote.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ServiceTable(String level, String rowLevel, Place place, Period period, List<Column> columns, List<Row> rows,
                    Map<String, BigDecimal> total, List<Month> trend) {

    /** An answer the overview can be built from: every part the merge reads is there. */
    boolean complete() {
        return level != null && rowLevel != null && place != null && place.id() != null && period != null
                && columns != null && rows != null && columns.stream().allMatch(c -> c != null && c.key() != null)
                && rows.stream().allMatch(r -> r != null && r.id() != null);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Place(String id, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Period(LocalDate from, LocalDate to, LocalDate asOf) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Column(String key, String label, String unit) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Row(String id, String name, Map<String, BigDecimal> values) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Month(String month, Map<String, BigDecimal> values) {
    }
}
