package org.villagegov.gateway.analytics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The province overview: every service's indicators for the places one level below {@code place},
 * side by side. Values are {@code null} where a service has no figure (a ratio of nothing, or a
 * place the service does not know), never a made-up zero.
 */
@Schema(description = "The four services' indicators side by side, one row per place one level below the one asked for")
record Overview(
        @Schema(description = "Level of the place: PROVINCE, COUNTY or TOWNSHIP", example = "PROVINCE") String level,
        @Schema(description = "Level of the rows: COUNTY, TOWNSHIP or VILLAGE", example = "COUNTY") String rowLevel,
        Place place,
        Period period,
        @Schema(description = "The indicators in reading order: council, grid, points, mediation") List<Column> columns,
        @Schema(description = "One per place below, in id order") List<Row> rows,
        @Schema(description = "The place's own figures by column key: sums of counters, ratios of the sums")
        Map<String, BigDecimal> total,
        @Schema(description = "The place's figures month by month over the last 12 months, oldest first") List<Month> trend) {

    record Place(@Schema(example = "henan") String id, @Schema(example = "河南省") String name) {
    }

    record Period(@Schema(example = "2026-11-01") java.time.LocalDate from,
                  @Schema(example = "2026-11-30") java.time.LocalDate to,
                  @Schema(description = "The day stocks are read as of: the last day, or today while the period runs",
                          example = "2026-11-30") java.time.LocalDate asOf) {
    }

    record Column(@Schema(description = "The service the indicator comes from", example = "grid") String service,
                  @Schema(description = "Key of the indicator in rows, total and trend", example = "gridCoverage") String key,
                  @Schema(description = "Chinese label (the CSV and Excel header)", example = "网格覆盖率") String label,
                  @Schema(description = "COUNT, PERCENT or DAYS", example = "PERCENT") String unit) {
    }

    record Row(@Schema(example = "linxian") String id, @Schema(example = "林县") String name,
               @Schema(description = "By column key; null where there is no figure") Map<String, BigDecimal> values) {
    }

    record Month(@Schema(example = "2026-11") String month, Map<String, BigDecimal> values) {
    }
}
