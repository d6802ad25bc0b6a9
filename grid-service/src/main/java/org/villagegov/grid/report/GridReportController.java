package org.villagegov.grid.report;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.platform.openapi.ResourceId;
import org.villagegov.platform.security.PlatformUser;

/** Grid reports (incidents), their handling and the overdue transfers. */
@Tag(name = "Grid reports",
        description = "Incidents reported in the grids: acceptance, solving, transfer to the township, closing, rating and overdue transfers.")
@RestController
@RequestMapping("/api/v1/grid/reports")
class GridReportController {

    private final GridReports reports;

    GridReportController(GridReports reports) {
        this.reports = reports;
    }

    /** {@code townshipId} is optional: taken from the region tree, a body naming another one is refused. */
    record NewReport(@Schema(description = "the village where it happened, in the caller's scope",
                             example = "v-3f1c9b2e-8d4a")
                     @NotBlank @Size(max = 64) String villageId,
                     @Schema(description = "optional: the village's township, checked against the region tree",
                             example = "t-9a51c0f2-b7e1")
                     @Size(max = 64) String townshipId,
                     @Schema(description = "what kind of incident; DISPUTE goes to mediation when accepted",
                             example = "DISPUTE")
                     @NotNull GridReport.Category category,
                     @Size(max = 20) List<@NotBlank @Size(max = 64) String> householdIds,
                     @Schema(description = "what the grid worker found", example = "两户因宅基地边界发生争执")
                     @NotBlank @Size(max = 4000) String description,
                     @Size(max = 10) List<@NotBlank @Size(max = 500) String> photoRefs) {
    }

    record Solve(@NotBlank @Size(max = 2000) String notes) {
    }

    record Transfer(@Schema(description = "the department that handles it", example = "镇自然资源所")
                    @NotBlank @Size(max = 100) String department,
                    @Schema(description = "when it must be handled by; after today", example = "2026-12-15")
                    @NotNull LocalDate deadline) {
    }

    record Close(@NotBlank @Size(max = 2000) String outcome) {
    }

    record Rate(@NotNull @Min(1) @Max(5) Integer rating) {
    }

    record ReportView(String id, String townshipId, String villageId, GridReport.Category category, List<String> householdIds,
                      String description, List<String> photoRefs, String reporter, GridReport.Status status,
                      String transferredTo, LocalDate deadline, String notes, String outcome, Integer rating, Long version) {
        static ReportView of(GridReport r) {
            return new ReportView(r.id(), r.townshipId(), r.villageId(), r.category(), r.householdIds(), r.description(),
                    r.photoRefs(), r.reporterSubject(), r.status(), r.transferredTo(), r.deadline(), r.notes(), r.outcome(),
                    r.rating(), r.version());
        }
    }

    @Operation(summary = "Report an incident",
            description = "Records what a grid worker found in a village of their scope (a dispute, safety hazard, "
                    + "environment or infrastructure problem, a household in difficulty, a petition risk), naming "
                    + "the households concerned. 422 when the village or a household lies outside the caller's "
                    + "scope. Raises report.raised.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Reporters
    ReportView report(@Valid @RequestBody NewReport request, PlatformUser user) {
        return ReportView.of(reports.report(request, user));
    }

    @Operation(summary = "Read a grid report",
            description = "One report with its handling so far; a report outside the caller's township or village is "
                    + "404.")
    @GetMapping("/{id}")
    @ReportReaders
    ReportView get(@PathVariable @ResourceId String id, PlatformUser user) {
        return ReportView.of(reports.visible(id, user));
    }

    @Operation(summary = "List grid reports",
            description = "The reports in the caller's scope, optionally of one status.")
    @GetMapping
    @ReportReaders
    List<ReportView> list(@RequestParam(required = false) GridReport.Status status, PlatformUser user) {
        return reports.list(status, user).stream().map(ReportView::of).toList();
    }

    @Operation(summary = "Overdue transferred reports",
            description = "Reports transferred to a department whose deadline has passed without being closed, within "
                    + "the caller's scope.")
    @GetMapping("/overdue")
    @ReportReaders
    List<ReportView> overdue(PlatformUser user) {
        return reports.overdue(user).stream().map(ReportView::of).toList();
    }

    @Operation(summary = "Accept a report",
            description = "Takes a reported incident into handling. A dispute goes straight to mediation (status "
                    + "TRANSFERRED), which opens exactly one case for it through dispute.reported. 409 unless the "
                    + "report is REPORTED.")
    @PostMapping("/{id}/accept")
    @ReportHandlers
    ReportView accept(@PathVariable @ResourceId String id, PlatformUser user) {
        return ReportView.of(reports.accept(id, user));
    }

    @Operation(summary = "Solve a report on the spot",
            description = "Records how an accepted incident was solved within the grid (\"small matters stay in the "
                    + "grid\"). 409 unless the report is ACCEPTED.")
    @PostMapping("/{id}/solve")
    @ReportHandlers
    ReportView solve(@PathVariable @ResourceId String id, @Valid @RequestBody Solve request, PlatformUser user) {
        return ReportView.of(reports.solve(id, request.notes(), user));
    }

    @Operation(summary = "Transfer a report to a department",
            description = "Hands an accepted incident to a department with a deadline; it shows as overdue once the "
                    + "deadline passes. 409 unless the report is ACCEPTED; 422 when the deadline is not after today. "
                    + "Raises report.transferred.")
    @PostMapping("/{id}/transfer")
    @ReportHandlers
    ReportView transfer(@PathVariable @ResourceId String id, @Valid @RequestBody Transfer request, PlatformUser user) {
        return ReportView.of(reports.transfer(id, request.department(), request.deadline(), user));
    }

    @Operation(summary = "Close a report",
            description = "Records the outcome of a report solved on the spot or transferred. 409 in any other status. "
                    + "Raises report.closed.")
    @PostMapping("/{id}/close")
    @ReportHandlers
    ReportView close(@PathVariable @ResourceId String id, @Valid @RequestBody Close request, PlatformUser user) {
        return ReportView.of(reports.close(id, request.outcome(), user));
    }

    @Operation(summary = "Rate a closed report",
            description = "The reporter rates the handling from 1 to 5 stars, once. 403 for anyone but the reporter; "
                    + "409 unless the report is CLOSED or when it was already rated.")
    @PostMapping("/{id}/rate")
    @Reporters
    ReportView rate(@PathVariable @ResourceId String id, @Valid @RequestBody Rate request, PlatformUser user) {
        return ReportView.of(reports.rate(id, request.rating(), user));
    }
}
