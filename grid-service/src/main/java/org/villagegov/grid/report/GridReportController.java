package org.villagegov.grid.report;

import java.time.LocalDate;
import java.util.List;

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
    record NewReport(@NotBlank @Size(max = 64) String villageId, @Size(max = 64) String townshipId,
                     @NotNull GridReport.Category category,
                     @Size(max = 20) List<@NotBlank @Size(max = 64) String> householdIds,
                     @NotBlank @Size(max = 4000) String description,
                     @Size(max = 10) List<@NotBlank @Size(max = 500) String> photoRefs) {
    }

    record Solve(@NotBlank @Size(max = 2000) String notes) {
    }

    record Transfer(@NotBlank @Size(max = 100) String department, @NotNull LocalDate deadline) {
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

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Reporters
    ReportView report(@Valid @RequestBody NewReport request, PlatformUser user) {
        return ReportView.of(reports.report(request, user));
    }

    @GetMapping("/{id}")
    @ReportReaders
    ReportView get(@PathVariable @ResourceId String id, PlatformUser user) {
        return ReportView.of(reports.visible(id, user));
    }

    @GetMapping
    @ReportReaders
    List<ReportView> list(@RequestParam(required = false) GridReport.Status status, PlatformUser user) {
        return reports.list(status, user).stream().map(ReportView::of).toList();
    }

    @GetMapping("/overdue")
    @ReportReaders
    List<ReportView> overdue(PlatformUser user) {
        return reports.overdue(user).stream().map(ReportView::of).toList();
    }

    @PostMapping("/{id}/accept")
    @ReportHandlers
    ReportView accept(@PathVariable @ResourceId String id, PlatformUser user) {
        return ReportView.of(reports.accept(id, user));
    }

    @PostMapping("/{id}/solve")
    @ReportHandlers
    ReportView solve(@PathVariable @ResourceId String id, @Valid @RequestBody Solve request, PlatformUser user) {
        return ReportView.of(reports.solve(id, request.notes(), user));
    }

    @PostMapping("/{id}/transfer")
    @ReportHandlers
    ReportView transfer(@PathVariable @ResourceId String id, @Valid @RequestBody Transfer request, PlatformUser user) {
        return ReportView.of(reports.transfer(id, request.department(), request.deadline(), user));
    }

    @PostMapping("/{id}/close")
    @ReportHandlers
    ReportView close(@PathVariable @ResourceId String id, @Valid @RequestBody Close request, PlatformUser user) {
        return ReportView.of(reports.close(id, request.outcome(), user));
    }

    @PostMapping("/{id}/rate")
    @Reporters
    ReportView rate(@PathVariable @ResourceId String id, @Valid @RequestBody Rate request, PlatformUser user) {
        return ReportView.of(reports.rate(id, request.rating(), user));
    }
}
