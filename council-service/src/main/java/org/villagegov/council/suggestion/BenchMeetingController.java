package org.villagegov.council.suggestion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
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
import org.springframework.data.mongodb.core.query.Update;
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
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.place.HouseholdPlace;
import org.villagegov.platform.place.Place;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.web.PageResponse;

/** Bench meetings: who came (meeting.attended) and which suggestions were talked through. */
@RestController
@RequestMapping("/api/v1/council/bench-meetings")
@Tag(name = "Bench meetings", description = "Courtyard / bench meetings discussing villagers' suggestions")
class BenchMeetingController {

    private final MongoTemplate mongo;
    private final PlaceGuard places;
    private final Clock clock;

    BenchMeetingController(MongoTemplate mongo, PlaceGuard places, Clock clock) {
        this.mongo = mongo;
        this.places = places;
        this.clock = clock;
    }

    record NewMeeting(@NotBlank @Size(max = 64) String villageId, @Size(max = 64) String townshipId, @NotNull LocalDate heldOn,
                      @NotBlank @Size(max = 200) String place,
                      @NotNull @Size(min = 1, max = 500) List<@NotBlank @Size(max = 64) String> householdIds,
                      @NotNull @Size(min = 1, max = 100) List<@NotBlank @Size(max = 64) String> suggestionIds,
                      @NotBlank @Size(max = 8000) String minutes) {
    }

    record MeetingView(String id, String townshipId, String villageId, LocalDate heldOn, String place,
                       List<String> householdIds, List<String> suggestionIds, String minutes) {
        static MeetingView of(BenchMeeting m) {
            return new MeetingView(m.id(), m.townshipId(), m.villageId(), m.heldOn(), m.place(), m.householdIds(),
                    m.suggestionIds(), m.minutes());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(SuggestionController.HANDLERS)
    @Operation(summary = "Record a bench meeting: households present and the raised suggestions discussed; raises meeting.attended")
    MeetingView hold(@Valid @RequestBody NewMeeting request, PlatformUser user) {
        Place village = places.village(request.villageId(), request.townshipId(), user, "villageId", "townshipId");
        if (request.heldOn().isAfter(CountyTime.today(clock))) {
            throw new RuleViolationException("heldOn", "A meeting is recorded after it was held");
        }
        List<String> suggestionIds = List.copyOf(new LinkedHashSet<>(request.suggestionIds()));
        for (String id : suggestionIds) {
            Suggestion suggestion = mongo.findById(id, Suggestion.class);
            if (suggestion == null || !suggestion.villageId().equals(village.id())) {
                throw new RuleViolationException("suggestionIds", "No suggestion '" + id + "' in this village");
            }
            if (suggestion.status() != Suggestion.Status.RAISED) {
                throw new ConflictException("Suggestion " + id + " was discussed already (" + suggestion.status() + ")");
            }
        }
        // one batch lookup for everyone present, however many came
        List<String> households = places.householdsOf(request.householdIds(), village.id(), "householdIds").stream()
                .map(HouseholdPlace::householdId).toList();
        BenchMeeting meeting = mongo.insert(BenchMeeting.hold(village.townshipId(), village.id(), request.heldOn(),
                request.place(), households, suggestionIds, request.minutes(), user.subject(), clock.instant()));
        // one conditional update per suggestion: only a still-RAISED one moves on, whatever happened meanwhile
        for (String id : suggestionIds) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is(Suggestion.Status.RAISED)),
                    new Update().set("status", Suggestion.Status.DISCUSSED).set("meetingId", meeting.id()).inc("version", 1),
                    Suggestion.class);
        }
        return MeetingView.of(meeting);
    }

    @GetMapping
    @PreAuthorize(SuggestionController.STAFF)
    PageResponse<MeetingView> list(@RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String villageId,
                                   @RequestParam(defaultValue = "0") @Min(0) int page,
                                   @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, PlatformUser user) {
        return Pages.find(mongo, places.listScope(user, villageId), BenchMeeting.class, page, size,
                Sort.by(Sort.Direction.DESC, "heldOn"), MeetingView::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize(SuggestionController.STAFF)
    MeetingView get(@PathVariable String id, PlatformUser user) {
        BenchMeeting meeting = mongo.findById(id, BenchMeeting.class);
        if (meeting == null || !user.mayAccess(meeting.townshipId(), meeting.villageId())) {
            throw new NotFoundException("Bench meeting", id);
        }
        return MeetingView.of(meeting);
    }
}
