package org.villagegov.grid.visit;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.platform.security.PlatformUser;

/** Party-member pairing, weekly visits, overdue contacts and follow-up tasks. */
@RestController
class VisitController {

    private static final String GRID_PEOPLE = "hasAnyRole('county-admin','township-officer','village-cadre','grid-worker')";

    private final Visits visits;

    VisitController(Visits visits) {
        this.visits = visits;
    }

    record Pair(@NotBlank @Size(max = 64) String memberSubject, @NotBlank @Size(max = 50) String memberName,
                @NotBlank @Size(max = 64) String householdId) {
    }

    /** {@code onBehalfOf}: a cadre enters the visit of the paired member named (who made it). */
    record LogVisit(@NotBlank @Size(max = 64) String householdId, @NotNull LocalDate visitedOn,
                    @Size(max = 2000) String notes, @Size(max = 2000) String issuesFound,
                    @Size(max = 64) String onBehalfOf) {
    }

    record VisitView(String id, String householdId, String memberSubject, LocalDate visitedOn, String notes,
                     String issuesFound, String loggedBy, String onBehalfOf) {
        static VisitView of(Visit visit) {
            return new VisitView(visit.id(), visit.householdId(), visit.memberSubject(), visit.visitedOn(), visit.notes(),
                    visit.issuesFound(), visit.loggedBy(), visit.onBehalfOf());
        }
    }

    record Coverage(int pairedHouseholds, int contactedThisWeek, int overdue, double coveragePercent) {
    }

    @PostMapping("/api/v1/grid/pairings")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('county-admin','village-cadre')")
    Pairing pair(@Valid @RequestBody Pair request, PlatformUser user) {
        return visits.pair(request.memberSubject(), request.memberName(), request.householdId(), user);
    }

    @GetMapping("/api/v1/grid/pairings")
    @PreAuthorize(GRID_PEOPLE)
    List<Pairing> pairings(@RequestParam(required = false) @Size(max = 64) String villageId, PlatformUser user) {
        return visits.pairings(villageId, user);
    }

    @PostMapping("/api/v1/grid/visits")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('village-cadre','grid-worker')")
    VisitView log(@Valid @RequestBody LogVisit request, PlatformUser user) {
        return VisitView.of(visits.log(request.householdId(), request.visitedOn(), request.notes(), request.issuesFound(),
                request.onBehalfOf(), user));
    }

    @GetMapping("/api/v1/grid/visits")
    @PreAuthorize(GRID_PEOPLE)
    List<VisitView> history(@RequestParam @NotBlank @Size(max = 64) String householdId, PlatformUser user) {
        return visits.history(householdId, user).stream().map(VisitView::of).toList();
    }

    @GetMapping("/api/v1/grid/visits/overdue")
    @PreAuthorize(GRID_PEOPLE)
    List<Pairing> overdue(@RequestParam(required = false) @Size(max = 64) String villageId,
                          @RequestParam(required = false) @Size(max = 64) String memberSubject,
                          @RequestParam(required = false) @Size(max = 64) String gridId, PlatformUser user) {
        return visits.overdue(villageId, memberSubject, gridId, user);
    }

    @GetMapping("/api/v1/grid/visits/coverage")
    @PreAuthorize(GRID_PEOPLE)
    Coverage coverage(@RequestParam(required = false) @Size(max = 64) String villageId, PlatformUser user) {
        int paired = visits.pairings(villageId, user).size();
        int overdue = visits.overdue(villageId, user).size();
        double percent = paired == 0 ? 100.0 : Math.round(1000.0 * (paired - overdue) / paired) / 10.0;
        return new Coverage(paired, paired - overdue, overdue, percent);
    }

    @GetMapping("/api/v1/grid/follow-ups")
    @PreAuthorize(GRID_PEOPLE)
    List<FollowUpTask> followUps(@RequestParam(required = false) @Size(max = 64) String villageId, PlatformUser user) {
        return visits.openFollowUps(villageId, user);
    }
}
