package org.villagegov.council.suggestion;

import java.time.Instant;
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
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.council.config.Readers;
import org.villagegov.council.config.Writers;
import org.villagegov.platform.openapi.ResourceId;
import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Role;
import org.villagegov.platform.web.PageResponse;

/** Villagers' suggestions from raising to rating, the overdue ones and the figures. */
@RestController
@RequestMapping("/api/v1/council/suggestions")
@Tag(name = "Suggestions", description = "Raised, discussed at a bench meeting, solved on the spot or assigned with a deadline, answered, rated")
class SuggestionController {
    private final Suggestions suggestions;
    private final SuggestionQueries queries;

    SuggestionController(Suggestions suggestions, SuggestionQueries queries) {
        this.suggestions = suggestions;
        this.queries = queries;
    }

    record NewSuggestion(@Schema(description = "the household the suggestion comes from (a villager: their own)",
                                 example = "0c6f3a52-7d1e-4b8a-9f20-5e4d3c2b1a09")
                         @NotBlank @Size(max = 64) String householdId,
                         @Schema(description = "the suggestion in a line", example = "村口路灯损坏，夜间出行不便")
                         @NotBlank @Size(max = 200) String title,
                         @Schema(description = "what is suggested and why", example = "建议尽快修复村口两盏路灯，并定期检查")
                         @NotBlank @Size(max = 4000) String content) {
    }

    record Solve(@NotBlank @Size(max = 2000) String solution) {
    }

    record Assign(@NotBlank @Size(max = 100) String assignee, @NotNull LocalDate deadline) {
    }

    record Feedback(@NotBlank @Size(max = 2000) String feedback) {
    }

    record Rate(@NotNull @Min(1) @Max(5) Integer rating) {
    }

    record NotFeasible(@NotBlank @Size(max = 2000) String reason) {
    }

    record SuggestionView(String id, String townshipId, String villageId, String householdId, String title, String content,
                          String raisedBy, String raisedByRole, LocalDate raisedOn, Suggestion.Status status,
                          String meetingId, String solution, String assignee, LocalDate deadline, String feedback,
                          LocalDate resolvedOn, Boolean onTime, Integer rating, String notFeasibleReason,
                          boolean escalatedToTownship, Instant escalatedAt, Long version) {
        static SuggestionView of(Suggestion s) {
            return new SuggestionView(s.id(), s.townshipId(), s.villageId(), s.householdId(), s.title(), s.content(),
                    s.raisedBy(), s.raisedByRole(), s.raisedOn(), s.status(), s.meetingId(), s.solution(), s.assignee(),
                    s.deadline(), s.feedback(), s.resolvedOn(), s.onTime(), s.rating(), s.notFeasibleReason(),
                    s.escalatedToTownship(), s.escalatedAt(), s.version());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @AnyRole({Role.VILLAGER, Role.GRID_WORKER})
    @Operation(summary = "Raise a suggestion for a household of the caller's village",
            description = "A villager (for their own household) or a grid worker raises a suggestion; it waits for a "
                    + "bench meeting. 422 for a household outside the caller's village. Raises suggestion.raised.")
    SuggestionView raise(@Valid @RequestBody NewSuggestion request, PlatformUser user) {
        return SuggestionView.of(suggestions.raise(request, user));
    }

    @GetMapping
    @Readers
    @Operation(summary = "Suggestions in the caller's scope; a villager sees the ones they raised",
            description = "Optionally of one village and status.")
    PageResponse<SuggestionView> list(@RequestParam(required = false) @ResourceId String villageId,
                                      @RequestParam(required = false) Suggestion.Status status,
                                      @RequestParam(required = false) Boolean escalated, Pageable pageable,
                                  PlatformUser user) {
        return PageResponse.of(queries.list(villageId, status, escalated, pageable, user), SuggestionView::of);
    }

    @GetMapping("/overdue")
    @Staff
    @Operation(summary = "Assigned suggestions past their deadline (county time) without feedback",
            description = "Overdue items must show up: the caller's scope, optionally one village.")
    List<SuggestionView> overdue(@RequestParam(required = false) @ResourceId String villageId, PlatformUser user) {
        return queries.overdue(villageId, user).stream().map(SuggestionView::of).toList();
    }

    @GetMapping("/figures")
    @Staff
    @Operation(summary = "Raised, solved on the spot, assigned, solved on time, overdue, average rating",
            description = "For the caller's scope, or one village in it.")
    SuggestionQueries.Figures figures(@RequestParam(required = false) @ResourceId String villageId, PlatformUser user) {
        return queries.figures(villageId, user);
    }

    @Operation(summary = "Read a suggestion",
            description = "One suggestion with its discussion, assignment, answer and rating; one outside the caller's "
                    + "scope is 404.")
    @GetMapping("/{id}")
    @Readers
    SuggestionView get(@PathVariable @ResourceId String id, PlatformUser user) {
        return SuggestionView.of(queries.visible(id, user));
    }

    @PostMapping("/{id}/solve")
    @Writers
    @Operation(summary = "Solved on the spot at the bench meeting; raises suggestion.resolved",
            description = "The household earns adoption points. 409 unless the suggestion was DISCUSSED.")
    SuggestionView solve(@PathVariable @ResourceId String id, @Valid @RequestBody Solve request, PlatformUser user) {
        return SuggestionView.of(suggestions.solveOnSpot(id, request.solution(), user));
    }

    @PostMapping("/{id}/assign")
    @Writers
    @Operation(summary = "Assigned to a department or the township with a deadline",
            description = "It shows as overdue once the deadline passes without feedback. 409 unless DISCUSSED; 422 "
                    + "when the deadline is not after today. Raises suggestion.assigned.")
    SuggestionView assign(@PathVariable @ResourceId String id, @Valid @RequestBody Assign request, PlatformUser user) {
        return SuggestionView.of(suggestions.assign(id, request, user));
    }

    @PostMapping("/{id}/feedback")
    @AnyRole({Role.VILLAGE_CADRE, Role.TOWNSHIP_OFFICER, Role.COUNTY_ADMIN})
    @Operation(summary = "The assignee's answer; raises suggestion.resolved (on time or late)",
            description = "The suggestion becomes ANSWERED and the household earns adoption points. 409 unless "
                    + "ASSIGNED.")
    SuggestionView feedback(@PathVariable @ResourceId String id, @Valid @RequestBody Feedback request, PlatformUser user) {
        return SuggestionView.of(suggestions.answer(id, request.feedback(), user));
    }

    @PostMapping("/{id}/not-feasible")
    @AnyRole({Role.VILLAGE_CADRE, Role.TOWNSHIP_OFFICER, Role.COUNTY_ADMIN})
    @Operation(summary = "Discussed or assigned, found not feasible, with the reason; earns no adoption points (no suggestion.resolved)",
            description = "409 unless DISCUSSED or ASSIGNED. Raises suggestion.found-not-feasible.")
    SuggestionView notFeasible(@PathVariable @ResourceId String id, @Valid @RequestBody NotFeasible request, PlatformUser user) {
        return SuggestionView.of(suggestions.notFeasible(id, request.reason(), user));
    }

    @PostMapping("/{id}/rate")
    @AnyRole({Role.VILLAGER, Role.GRID_WORKER})
    @Operation(summary = "Rated 1-5, once, by the one who raised it",
            description = "403 for anyone else; 409 unless it is SOLVED_ON_SPOT, ANSWERED or NOT_FEASIBLE, or when it "
                    + "was rated already.")
    SuggestionView rate(@PathVariable @ResourceId String id, @Valid @RequestBody Rate request, PlatformUser user) {
        return SuggestionView.of(suggestions.rate(id, request.rating(), user));
    }
}
