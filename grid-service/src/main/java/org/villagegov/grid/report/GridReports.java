package org.villagegov.grid.report;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.place.HouseholdPlace;
import org.villagegov.platform.place.Place;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.time.CountyTime;

/**
 * Grid reports where the caller may act: every place a new report names goes through the
 * place guard, and a report outside the caller's scope does not exist for them. One method
 * per step, each loading, acting on and saving the report.
 */
@Service
class GridReports {

    private final GridReportRepository reports;
    private final PlaceGuard places;
    private final CountyTime time;

    GridReports(GridReportRepository reports, PlaceGuard places, CountyTime time) {
        this.reports = reports;
        this.places = places;
        this.time = time;
    }

    /** What a grid worker found; each household named must be active and of the village. */
    GridReport report(GridReportController.NewReport request, PlatformUser user) {
        Place village = places.village(request.villageId(), request.townshipId(), user, "villageId", "townshipId");
        List<String> households = request.householdIds() == null ? List.of()
                : places.householdsOf(request.householdIds(), village.id(), "householdIds").stream()
                .map(HouseholdPlace::householdId).toList();
        return reports.insert(GridReport.report(UUID.randomUUID().toString(), village.townshipId(), village.id(),
                request.category(), households, request.description(), request.photoRefs(), user.subject(),
                time.now()));
    }

    /** A report the caller may see; anything else does not exist for them. */
    GridReport visible(String id, PlatformUser user) {
        return reports.findById(id)
                .filter(report -> user.mayAccess(report.townshipId(), report.villageId()))
                .orElseThrow(() -> new NotFoundException("Grid report", id));
    }

    /** The reports the caller may see, of one status if asked. */
    List<GridReport> list(GridReport.Status status, PlatformUser user) {
        List<GridReport> found = status == null ? reports.findAll() : reports.findByStatus(status);
        return found.stream().filter(report -> user.mayAccess(report.townshipId(), report.villageId())).toList();
    }

    /** Transfers past their deadline (county time) that the caller may see. */
    List<GridReport> overdue(PlatformUser user) {
        LocalDate today = time.today();
        return reports.findByStatus(GridReport.Status.TRANSFERRED).stream()
                .filter(report -> report.overdue(today) && user.mayAccess(report.townshipId(), report.villageId()))
                .toList();
    }

    GridReport accept(String id, PlatformUser user) {
        GridReport report = visible(id, user);
        report.accept(time.now());
        return reports.save(report);
    }

    GridReport solve(String id, String notes, PlatformUser user) {
        GridReport report = visible(id, user);
        report.solveOnSpot(notes);
        return reports.save(report);
    }

    GridReport transfer(String id, String department, LocalDate deadline, PlatformUser user) {
        GridReport report = visible(id, user);
        report.transfer(department, deadline, time.today());
        return reports.save(report);
    }

    GridReport close(String id, String outcome, PlatformUser user) {
        GridReport report = visible(id, user);
        report.close(outcome, time.now());
        return reports.save(report);
    }

    GridReport rate(String id, int rating, PlatformUser user) {
        GridReport report = visible(id, user);
        report.rate(rating, user.subject());
        return reports.save(report);
    }
}
