package org.villagegov.grid.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
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

    record Pair(@Schema(description = "the party member's user account (subject): a grid worker or cadre of the "
                        + "household's village", example = "8e1d2c3b-4a5f-4e6d-8c7b-9a0f1e2d3c4b")
                @NotBlank @Size(max = 64) String memberSubject,
                @Schema(description = "the member's name as shown", example = "李明")
                @NotBlank @Size(max = 50) String memberName,
                @NotBlank @Size(max = 64) String householdId) {
    }

    /** {@code onBehalfOf}: a cadre enters the visit of the paired member named (who made it). */
    record LogVisit(@Schema(description = "the household visited, in the caller's scope",
                            example = "0c6f3a52-7d1e-4b8a-9f20-5e4d3c2b1a09")
                    @NotBlank @Size(max = 64) String householdId,
                    @Schema(description = "the day of the contact (county time), not in the future",
                            example = "2026-11-28")
                    @NotNull LocalDate visitedOn,
                    @Schema(description = "what was seen and talked about", example = "老人身体尚好，冬季取暖已落实")
                    @Size(max = 2000) String notes,
                    @Schema(description = "problems found that need handling", example = "屋顶漏雨，需村里协调维修")
                    @Size(max = 2000) String issuesFound,
                    @Schema(description = "a cadre entering the visit of the paired member who made it: that "
                            + "member's subject; left out, the visit is the caller's")
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

    @Operation(summary = "Pair a party member with a household",
            description = "Pairs a party member (a grid worker or cadre of the household's village, who must have "
                    + "signed in once) with a household they must contact at least once a week. 422 when the member "
                    + "is no such person; 409 when the pair already exists. Raises pairing.created.")
    @PostMapping("/api/v1/grid/pairings")
    @ResponseStatus(HttpStatus.CREATED)
    @AnyRole({Role.COUNTY_ADMIN, Role.VILLAGE_CADRE})
    PairingView pair(@Valid @RequestBody Pair request, PlatformUser user) {
        return PairingView.of(visits.pair(request.memberSubject(), request.memberName(), request.householdId(), user));
    }

    @Operation(summary = "List pairings",
            description = "The party-member pairings in the caller's scope (a township officer's township, a cadre's "
                    + "or grid worker's village), optionally of one village; a village outside the scope is 422.")
    @GetMapping("/api/v1/grid/pairings")
    @GridPeopleReaders
    List<PairingView> pairings(@RequestParam(required = false) @ResourceId String villageId, PlatformUser user) {
        return visits.pairings(villageId, user).stream().map(PairingView::of).toList();
    }

    @Operation(summary = "Log a visit",
            description = "Records a party member's contact with a household: the day, notes and issues found. It "
                    + "counts for the weekly contact of the caller's pairing, or of the paired member a cadre names "
                    + "in `onBehalfOf`, and closes the household's open follow-up tasks. 422 for a future day, or an "
                    + "`onBehalfOf` not paired with the household or sent by someone other than a cadre. Raises "
                    + "visit.logged.")
    @PostMapping("/api/v1/grid/visits")
    @ResponseStatus(HttpStatus.CREATED)
    @AnyRole({Role.VILLAGE_CADRE, Role.GRID_WORKER})
    VisitView log(@Valid @RequestBody LogVisit request, PlatformUser user) {
        return VisitView.of(visits.log(request.householdId(), request.visitedOn(), request.notes(), request.issuesFound(),
                request.onBehalfOf(), user));
    }

    @Operation(summary = "A household's visits",
            description = "Every visit logged for one household, latest first; the household must be in the caller's "
                    + "scope (422 naming `householdId` otherwise).")
    @GetMapping("/api/v1/grid/visits")
    @GridPeopleReaders
    List<VisitView> history(@RequestParam @NotBlank @ResourceId String householdId, PlatformUser user) {
        return visits.history(householdId, user).stream().map(VisitView::of).toList();
    }

    @Operation(summary = "Overdue contacts",
            description = "Pairings whose member has not contacted the household in the last 7 days, within the "
                    + "caller's scope, optionally narrowed to a village, a member or a micro-grid.")
    @GetMapping("/api/v1/grid/visits/overdue")
    @GridPeopleReaders
    List<PairingView> overdue(@RequestParam(required = false) @ResourceId String villageId,
                              @RequestParam(required = false) @Size(max = 64) String memberSubject,
                              @RequestParam(required = false) @ResourceId String gridId, PlatformUser user) {
        return visits.overdue(villageId, memberSubject, gridId, user).stream().map(PairingView::of).toList();
    }

    @Operation(summary = "Weekly visit coverage",
            description = "How many paired households were contacted in the last 7 days, how many are overdue, and the "
                    + "share contacted, for the caller's scope or one village in it.")
    @GetMapping("/api/v1/grid/visits/coverage")
    @GridPeopleReaders
    Visits.Coverage coverage(@RequestParam(required = false) @ResourceId String villageId, PlatformUser user) {
        return visits.coverage(villageId, user);
    }

    @Operation(summary = "Open follow-up tasks",
            description = "Households awaiting a follow-up visit, created when a household is black-listed in the "
                    + "moral points bank or a mediation case about it closes; the next visit logged closes them. "
                    + "Limited to the caller's scope.")
    @GetMapping("/api/v1/grid/follow-ups")
    @GridPeopleReaders
    List<FollowUpView> followUps(@RequestParam(required = false) @ResourceId String villageId, PlatformUser user) {
        return visits.openFollowUps(villageId, user).stream().map(FollowUpView::of).toList();
    }
}
