package org.villagegov.gateway.analytics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code GET /api/v1/analytics/indicators}: the four services' indicators side by side, as JSON,
 * CSV or Excel. Who sees what is the services' decision (they check the same token again); the
 * edge lets provincial admins reach this route and the services' {@code /indicators} only.
 */
@RestController
@Tag(name = "Province overview", description = "Every service's indicators side by side, with totals, trend and drill-down")
class AnalyticsController {

    static final String PATH = "/api/v1/analytics/indicators";
    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final ProvinceOverview overviews;

    AnalyticsController(ProvinceOverview overviews) {
        this.overviews = overviews;
    }

    @GetMapping(PATH)
    @Operation(summary = "The province overview: every indicator of council, grid, points and mediation per place",
            description = "A provincial admin: the counties of their province (with county: its townships; with county "
                    + "and township: that township's villages). A county admin or integrator: their county's townships, "
                    + "or a township's villages. A township officer: their township's villages. Totals are the place's "
                    + "own figures (ratios of sums); the trend covers the 12 months up to the period's last month. "
                    + "format=csv gives UTF-8 CSV with a byte-order mark and Chinese headers, format=xlsx an Excel "
                    + "workbook (sheets 指标 and 月度趋势).",
            security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "200", description = "The overview",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Overview.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string",
                            description = "BOM, header 编码,地区,<label>(<unit>)..., one line per row, last line 合计")),
                    @Content(mediaType = OverviewExport.XLSX_TYPE, schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "400", description = "A bad parameter, named in errors[].field (period, from, to, "
            + "county, township, format)", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM,
            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "A role without reports, a county or township not the caller's, "
            + "or a county outside the provincial admin's province", content = @Content(mediaType = PROBLEM,
            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "No such township in the county", content = @Content(mediaType = PROBLEM,
            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "429", description = "Rate limit reached (Retry-After)", content = @Content(mediaType = PROBLEM,
            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "A service did not answer in time; services[] names it",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    Mono<ResponseEntity<?>> indicators(
            @Parameter(description = "A month (2026-11), quarter (2026-Q4) or year (2026); default: this month")
            @RequestParam(required = false) String period,
            @Parameter(description = "First day of a date range (with to), e.g. 2026-11-01") @RequestParam(required = false)
            String from,
            @Parameter(description = "Last day of a date range (with from), e.g. 2026-11-30") @RequestParam(required = false)
            String to,
            @Parameter(description = "A county of the provincial admin's province: its townships") @RequestParam(required = false)
            String county,
            @Parameter(description = "A township of the county: its villages") @RequestParam(required = false)
            String township,
            @Parameter(description = "json (default), csv or xlsx") @RequestParam(required = false) String format,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        Format wanted = Format.of(format);
        if (wanted == null) {
            return Mono.just(badFormat(format));
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("period", period);
        query.put("from", from);
        query.put("to", to);
        query.put("county", county);
        query.put("township", township);
        return overviews.overview(query, authorization).flatMap(overview -> switch (wanted) {
            case JSON -> Mono.just(ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(overview));
            case CSV -> Mono.just(file(overview, "csv", OverviewExport.CSV_TYPE, OverviewExport.csv(overview)));
            // POI writes a zip in memory: off the event loop
            case XLSX -> Mono.fromCallable(() -> OverviewExport.xlsx(overview))
                    .subscribeOn(Schedulers.boundedElastic())
                    .map(bytes -> file(overview, "xlsx", OverviewExport.XLSX_TYPE, bytes));
        });
    }

    @ExceptionHandler(ServiceRefused.class)
    ResponseEntity<byte[]> refused(ServiceRefused e) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(e.status())
                .contentType(e.type() == null ? MediaType.APPLICATION_PROBLEM_JSON : e.type());
        if (e.status() == HttpStatus.UNAUTHORIZED.value()) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return answer.body(e.body());
    }

    @ExceptionHandler(ServicesUnavailable.class)
    ResponseEntity<ProblemDetail> unavailable(ServicesUnavailable e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The indicators of " + String.join(", ", e.services()) + " could not be read (down or too slow); "
                        + "no partial overview is given. Try again shortly");
        problem.setProperty("services", e.services());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, "5").body(problem);
    }

    private static ResponseEntity<?> file(Overview overview, String extension, String type, byte[] bytes) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, type)
                .header(HttpHeaders.CONTENT_DISPOSITION, OverviewExport.disposition(overview, extension))
                .body(bytes);
    }

    private static ResponseEntity<?> badFormat(String format) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid input: format");
        problem.setProperty("errors", List.of(Map.of("field", "format",
                "message", "Must be json, csv or xlsx")));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    enum Format {
        JSON, CSV, XLSX;

        /** The format asked for, json when none; null when it is none of them. */
        static Format of(String value) {
            if (value == null || value.isBlank()) {
                return JSON;
            }
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "json" -> JSON;
                case "csv" -> CSV;
                case "xlsx" -> XLSX;
                default -> null;
            };
        }
    }
}
