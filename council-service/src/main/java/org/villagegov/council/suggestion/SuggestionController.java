package org.villagegov.council.suggestion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.council.config.Ids;
import org.villagegov.council.config.Pages;
import org.villagegov.council.config.Scope;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.place.HouseholdPlace;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Roles;
import org.villagegov.platform.web.PageResponse;

import static org.villagegov.council.config.Access.READERS;

/** Villagers' suggestions from raising to rating, the overdue ones and the figures. */
@RestController
@RequestMapping("/api/v1/council/suggestions")
@Tag(name = "Suggestions", description = "Raised, discussed at a bench meeting, solved on the spot or assigned with a deadline, answered, rated")
class SuggestionController {
    static final String HANDLERS = "hasAnyRole('village-cadre','county-admin')";
    static final String STAFF = "hasAnyRole('county-admin','township-officer','village-cadre','council-member','grid-worker','integrator')";

    private final MongoTemplate mongo;
    private final PlaceGuard places;
    private final Clock clock;

    SuggestionController(MongoTemplate mongo, PlaceGuard places, Clock clock) {
        this.mongo = mongo;
        this.places = places;
        this.clock = clock;
    }

    record NewSuggestion(@NotBlank @Size(max = 64) String householdId, @NotBlank @Size(max = 200) String title,
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
                    s.escalatedToTownship(), s.escalatedAt(), s.getVersion());
        }
    }

    /** The seed's figures: raised, solved on the spot, assigned, and how many were solved in time. */
    record Figures(long raised, long awaitingMeeting, long discussed, long solvedOnSpot, long assigned, long answered,
                   long solvedOnTime, long overdue, double onTimePercent, Double averageRating) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('villager','grid-worker')")
    @Operation(summary = "Raise a suggestion for a household of the caller's village")
    SuggestionView raise(@Valid @RequestBody NewSuggestion request, PlatformUser user) {
        // a villager or grid worker speaks for households of their own village only
        HouseholdPlace household = places.householdOf(request.householdId(),
                user.village() == null ? "\u0000none" : user.village(), "householdId");
        String role = user.hasRole(Roles.GRID_WORKER) ? "GRID_WORKER" : "VILLAGER";
        return SuggestionView.of(mongo.insert(Suggestion.raise(household.townshipId(), household.villageId(),
                household.householdId(), request.title(), request.content(), user.subject(), role, today(), clock.instant())));
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "Suggestions in the caller's scope; a villager sees the ones they raised")
    PageResponse<SuggestionView> list(@RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String villageId,
                                      @RequestParam(required = false) Suggestion.Status status,
                                      @RequestParam(required = false) Boolean escalated,
                                      @RequestParam(defaultValue = "0") @Min(0) int page,
                                      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, PlatformUser user) {
        Criteria criteria = places.listScope(user, villageId);
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        if (escalated != null) {
            // the township's desk: assigned suggestions the village let run past their deadline
            criteria = criteria.and("escalatedToTownship").is(escalated);
        }
        if (Scope.isVillagerOnly(user)) {
            // a suggestion may name a neighbour's problem: villagers see only their own
            criteria = criteria.and("raisedBy").is(user.subject());
        }
        return Pages.find(mongo, criteria, Suggestion.class, page, size, Sort.by(Sort.Direction.DESC, "raisedAt"),
                SuggestionView::of);
    }

    @GetMapping("/overdue")
    @PreAuthorize(STAFF)
    @Operation(summary = "Assigned suggestions past their deadline (county time) without feedback")
    List<SuggestionView> overdue(@RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String villageId, PlatformUser user) {
        LocalDate today = today();
        Criteria criteria = places.listScope(user, villageId).and("status").is(Suggestion.Status.ASSIGNED);
        return mongo.find(Query.query(criteria), Suggestion.class).stream()
                .filter(s -> s.overdue(today))
                .map(SuggestionView::of).toList();
    }

    @GetMapping("/figures")
    @PreAuthorize(STAFF)
    @Operation(summary = "Raised, solved on the spot, assigned, solved on time, overdue, average rating")
    Figures figures(@RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String villageId, PlatformUser user) {
        LocalDate today = today();
        List<Suggestion> all = mongo.find(Query.query(places.listScope(user, villageId)), Suggestion.class);
        long onSpot = all.stream().filter(s -> s.status() == Suggestion.Status.SOLVED_ON_SPOT).count();
        long assigned = all.stream().filter(s -> s.status() == Suggestion.Status.ASSIGNED
                || s.status() == Suggestion.Status.ANSWERED).count();
        long answered = all.stream().filter(s -> s.status() == Suggestion.Status.ANSWERED).count();
        long onTime = all.stream().filter(s -> Boolean.TRUE.equals(s.onTime())).count();
        long overdue = all.stream().filter(s -> s.overdue(today)).count();
        var ratings = all.stream().filter(s -> s.rating() != null).mapToInt(Suggestion::rating).summaryStatistics();
        long handled = onSpot + assigned;
        return new Figures(all.size(), all.stream().filter(s -> s.status() == Suggestion.Status.RAISED).count(),
                all.stream().filter(s -> s.status() == Suggestion.Status.DISCUSSED).count(), onSpot, assigned, answered,
                onTime, overdue, handled == 0 ? 0.0 : Math.round(1000.0 * onTime / handled) / 10.0,
                ratings.getCount() == 0 ? null : Math.round(ratings.getAverage() * 10) / 10.0);
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    SuggestionView get(@PathVariable String id, PlatformUser user) {
        return SuggestionView.of(visible(id, user));
    }

    @PostMapping("/{id}/solve")
    @PreAuthorize(HANDLERS)
    @Operation(summary = "Solved on the spot at the bench meeting; raises suggestion.resolved")
    SuggestionView solve(@PathVariable String id, @Valid @RequestBody Solve request, PlatformUser user) {
        Suggestion suggestion = visible(id, user);
        suggestion.solveOnSpot(request.solution(), today(), clock.instant());
        return SuggestionView.of(mongo.save(suggestion));
    }

    @PostMapping("/{id}/assign")
    @PreAuthorize(HANDLERS)
    @Operation(summary = "Assigned to a department or the township with a deadline")
    SuggestionView assign(@PathVariable String id, @Valid @RequestBody Assign request, PlatformUser user) {
        Suggestion suggestion = visible(id, user);
        suggestion.assign(request.assignee(), request.deadline(), today());
        return SuggestionView.of(mongo.save(suggestion));
    }

    @PostMapping("/{id}/feedback")
    @PreAuthorize("hasAnyRole('village-cadre','township-officer','county-admin')")
    @Operation(summary = "The assignee's answer; raises suggestion.resolved (on time or late)")
    SuggestionView feedback(@PathVariable String id, @Valid @RequestBody Feedback request, PlatformUser user) {
        Suggestion suggestion = visible(id, user);
        suggestion.answer(request.feedback(), today(), clock.instant());
        return SuggestionView.of(mongo.save(suggestion));
    }

    @PostMapping("/{id}/not-feasible")
    @PreAuthorize("hasAnyRole('village-cadre','township-officer','county-admin')")
    @Operation(summary = "Discussed or assigned, found not feasible, with the reason; earns no adoption points (no suggestion.resolved)")
    SuggestionView notFeasible(@PathVariable String id, @Valid @RequestBody NotFeasible request, PlatformUser user) {
        Suggestion suggestion = visible(id, user);
        suggestion.notFeasible(request.reason(), today());
        return SuggestionView.of(mongo.save(suggestion));
    }

    @PostMapping("/{id}/rate")
    @PreAuthorize("hasAnyRole('villager','grid-worker')")
    @Operation(summary = "Rated 1-5, once, by the one who raised it")
    SuggestionView rate(@PathVariable String id, @Valid @RequestBody Rate request, PlatformUser user) {
        Suggestion suggestion = visible(id, user);
        suggestion.rate(request.rating(), user.subject());
        return SuggestionView.of(mongo.save(suggestion));
    }

    private Suggestion visible(String id, PlatformUser user) {
        Suggestion suggestion = mongo.findById(id, Suggestion.class);
        if (suggestion == null || !user.mayAccess(suggestion.townshipId(), suggestion.villageId())
                || (Scope.isVillagerOnly(user) && !suggestion.raisedBy().equals(user.subject()))) {
            throw new NotFoundException("Suggestion", id);
        }
        return suggestion;
    }

    private LocalDate today() {
        return CountyTime.today(clock);
    }
}
