package org.villagegov.grid.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.platform.openapi.ResourceId;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.Role;

/** Party-member pairing, weekly visits, overdue contacts and follow-up tasks. */
@Tag(name = "Visits",
        description = "Party-member pairing with households, weekly visits, overdue contacts, coverage and follow-up tasks.")
@RestController
class VisitController {

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

    record PairingView(String id, String memberSubject, String memberName, String householdId, String townshipId,
                       String villageId, LocalDate since) {
        static PairingView of(Pairing pairing) {
            return new PairingView(pairing.id(), pairing.memberSubject(), pairing.memberName(), pairing.householdId(),
                    pairing.townshipId(), pairing.villageId(), pairing.since());
        }
    }

    record FollowUpView(String id, String householdId, String townshipId, String villageId, String reason,
                        String source, Instant createdAt, String closedByVisitId) {
        static FollowUpView of(FollowUpTask task) {
            return new FollowUpView(task.id(), task.householdId(), task.townshipId(), task.villageId(), task.reason(),
                    task.source(), task.createdAt(), task.closedByVisitId());
        }
    }

    @PostMapping("/api/v1/grid/pairings")
    @ResponseStatus(HttpStatus.CREATED)
    @AnyRole({Role.COUNTY_ADMIN, Role.VILLAGE_CADRE})
    PairingView pair(@Valid @RequestBody Pair request, PlatformUser user) {
        return PairingView.of(visits.pair(request.memberSubject(), request.memberName(), request.householdId(), user));
    }

    @GetMapping("/api/v1/grid/pairings")
    @GridPeopleReaders
    List<PairingView> pairings(@RequestParam(required = false) @ResourceId String villageId, PlatformUser user) {
        return visits.pairings(villageId, user).stream().map(PairingView::of).toList();
    }

    @PostMapping("/api/v1/grid/visits")
    @ResponseStatus(HttpStatus.CREATED)
    @AnyRole({Role.VILLAGE_CADRE, Role.GRID_WORKER})
    VisitView log(@Valid @RequestBody LogVisit request, PlatformUser user) {
        return VisitView.of(visits.log(request.householdId(), request.visitedOn(), request.notes(), request.issuesFound(),
                request.onBehalfOf(), user));
    }

    @GetMapping("/api/v1/grid/visits")
    @GridPeopleReaders
    List<VisitView> history(@RequestParam @NotBlank @ResourceId String householdId, PlatformUser user) {
        return visits.history(householdId, user).stream().map(VisitView::of).toList();
    }

    @GetMapping("/api/v1/grid/visits/overdue")
    @GridPeopleReaders
    List<PairingView> overdue(@RequestParam(required = false) @ResourceId String villageId,
                              @RequestParam(required = false) @Size(max = 64) String memberSubject,
                              @RequestParam(required = false) @ResourceId String gridId, PlatformUser user) {
        return visits.overdue(villageId, memberSubject, gridId, user).stream().map(PairingView::of).toList();
    }

    @GetMapping("/api/v1/grid/visits/coverage")
    @GridPeopleReaders
    Visits.Coverage coverage(@RequestParam(required = false) @ResourceId String villageId, PlatformUser user) {
        return visits.coverage(villageId, user);
    }

    @GetMapping("/api/v1/grid/follow-ups")
    @GridPeopleReaders
    List<FollowUpView> followUps(@RequestParam(required = false) @ResourceId String villageId, PlatformUser user) {
        return visits.openFollowUps(villageId, user).stream().map(FollowUpView::of).toList();
    }
}
