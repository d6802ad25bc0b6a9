package org.villagegov.council.matter;

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
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
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
import org.villagegov.platform.place.Place;
import org.villagegov.council.meeting.Attendance;
import org.villagegov.council.meeting.MeetingKind;
import org.villagegov.council.meeting.Tally;
import org.villagegov.council.meeting.Vote;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.web.PageResponse;

import static org.villagegov.council.config.Access.WRITERS;
import static org.villagegov.council.config.Access.READERS;

/** Major matters through "four discussions, two openness". */
@RestController
@RequestMapping("/api/v1/council/matters")
@Tag(name = "Matters", description = "Four discussions, two openness: proposal, two committees, party members, representatives, then two publications")
class MatterController {
    private final MongoTemplate mongo;
    private final PlaceGuard places;
    private final Attendance attendance;
    private final Clock clock;

    MatterController(MongoTemplate mongo, PlaceGuard places, Attendance attendance, Clock clock) {
        this.mongo = mongo;
        this.places = places;
        this.attendance = attendance;
        this.clock = clock;
    }

    record Proposal(@NotBlank @Size(max = 64) String villageId, @Size(max = 64) String townshipId, @NotBlank @Size(max = 200) String title,
                    @NotNull Matter.Kind kind, @NotNull @PositiveOrZero @Max(100_000_000_000L) Long amount,
                    @Size(max = 4000) String description, @NotNull LocalDate heldOn, @Valid Vote vote,
                    @NotBlank @Size(max = 8000) String minutes) {
    }

    /**
     * Steps 2 and 3: who attended (names, at least one) and how they voted; {@code entitled} is
     * the size of the body that met (the two committees, the party branch), which council-service
     * keeps no roster of. Present is the number of attendees, never typed.
     */
    record Meeting(@NotNull LocalDate heldOn, @NotNull @Min(1) @Max(100000) Integer entitled,
                   @NotNull @Size(min = 1, max = 2000) List<@NotBlank @Size(max = 100) String> attendees,
                   @NotNull @Valid Tally vote, @NotBlank @Size(max = 8000) String minutes,
                   @Size(max = 500) String rejectionReason) {
    }

    /**
     * Step 4: the households present ({@code householdIds}: every household at a villagers'
     * meeting, the representatives' households at a representatives' meeting) and the votes;
     * entitled and present are computed from the roll.
     */
    record RepresentativesMeeting(@NotNull LocalDate heldOn, MeetingKind meetingKind, @NotNull @Valid Tally vote,
                                  @NotBlank @Size(max = 8000) String minutes, @Size(max = 500) String rejectionReason,
                                  @NotNull @Size(min = 1, max = 2000) List<@NotBlank @Size(max = 64) String> householdIds) {
    }

    record Publication(@NotNull LocalDate publishedOn, @NotBlank @Size(max = 8000) String text) {
    }

    record Rejection(@NotBlank @Size(max = 500) String reason) {
    }

    record MatterView(String id, String townshipId, String villageId, String title, Matter.Kind kind, long amount,
                      String description, Matter.Stage stage, Matter.Status status, String rejectionReason,
                      List<Matter.Step> steps, Long version) {
        static MatterView of(Matter m) {
            return new MatterView(m.id(), m.townshipId(), m.villageId(), m.title(), m.kind(), m.amount(), m.description(),
                    m.stage(), m.status(), m.rejectionReason(), m.steps(), m.getVersion());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(WRITERS)
    @Operation(summary = "Step 1: the village party organisation proposes a major matter")
    MatterView propose(@Valid @RequestBody Proposal request, PlatformUser user) {
        Place village = places.village(request.villageId(), request.townshipId(), user, "villageId", "townshipId");
        Matter matter = Matter.propose(village.townshipId(), village.id(), request.title(), request.kind(),
                request.amount(), request.description(), request.heldOn(), request.vote(), request.minutes(),
                user.subject(), today(), clock.instant());
        return MatterView.of(mongo.insert(matter));
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "Matters in the caller's scope; villagers see published ones only")
    PageResponse<MatterView> list(@RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String villageId,
                                  @RequestParam(required = false) Matter.Stage stage,
                                  @RequestParam(required = false) Matter.Status status,
                                  @RequestParam(defaultValue = "0") @Min(0) int page,
                                  @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, PlatformUser user) {
        Criteria criteria = places.listScope(user, villageId);
        if (stage != null) {
            criteria = criteria.and("stage").is(stage);
        }
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        if (Scope.isVillagerOnly(user)) {
            // "two openness": what the village published is public; deliberations before it are not
            criteria = criteria.and("steps.stage").is(Matter.Stage.RESOLUTION_PUBLISHED);
        }
        return Pages.find(mongo, criteria, Matter.class, page, size, Sort.by(Sort.Direction.DESC, "createdAt"), MatterView::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    MatterView get(@PathVariable String id, PlatformUser user) {
        Matter matter = visible(id, user);
        if (Scope.isVillagerOnly(user) && !matter.published()) {
            throw new NotFoundException("Matter", id);
        }
        return MatterView.of(matter);
    }

    @PostMapping("/{id}/two-committees")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Step 2: the two committees' joint meeting deliberates (409 out of order, 422 without quorum)")
    MatterView twoCommittees(@PathVariable String id, @Valid @RequestBody Meeting request, PlatformUser user) {
        return meet(id, Matter.Stage.TWO_COMMITTEES, request, user);
    }

    @PostMapping("/{id}/party-members")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Step 3: the party members' meeting reviews")
    MatterView partyMembers(@PathVariable String id, @Valid @RequestBody Meeting request, PlatformUser user) {
        return meet(id, Matter.Stage.PARTY_MEMBERS, request, user);
    }

    @PostMapping("/{id}/representatives")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Step 4: the villagers' representatives' meeting resolves by vote; raises meeting.attended and, if adopted, matter.resolved")
    MatterView representatives(@PathVariable String id, @Valid @RequestBody RepresentativesMeeting request,
                               PlatformUser user) {
        Matter matter = visible(id, user);
        // every household present must live in the village (attendance earns points in points-service), and
        // entitled / present come from the roll, not from the request
        matter.requireNext(Matter.Stage.REPRESENTATIVES);
        MeetingKind kind = request.meetingKind() == null ? MeetingKind.REPRESENTATIVES : request.meetingKind();
        Attendance.Counted counted = attendance.count(matter.villageId(), kind, request.householdIds(), request.vote(),
                "householdIds");
        matter.resolve(kind, request.heldOn(), counted.vote(), request.minutes(), counted.householdIds(),
                request.rejectionReason(), user.subject(), today(), clock.instant());
        return MatterView.of(mongo.save(matter));
    }

    @PostMapping("/{id}/resolution")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Open 1: publish the adopted resolution (409 before adoption)")
    MatterView publishResolution(@PathVariable String id, @Valid @RequestBody Publication request, PlatformUser user) {
        Matter matter = visible(id, user);
        matter.publishResolution(request.publishedOn(), request.text(), user.subject(), today(), clock.instant());
        return MatterView.of(mongo.save(matter));
    }

    @PostMapping("/{id}/result")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Open 2: publish the implementation result; raises matter.result-published")
    MatterView publishResult(@PathVariable String id, @Valid @RequestBody Publication request, PlatformUser user) {
        Matter matter = visible(id, user);
        matter.publishResult(request.publishedOn(), request.text(), user.subject(), today(), clock.instant());
        return MatterView.of(mongo.save(matter));
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Close a matter still in deliberation, with the reason")
    MatterView reject(@PathVariable String id, @Valid @RequestBody Rejection request, PlatformUser user) {
        Matter matter = visible(id, user);
        matter.reject(request.reason());
        return MatterView.of(mongo.save(matter));
    }

    private MatterView meet(String id, Matter.Stage stage, Meeting request, PlatformUser user) {
        Matter matter = visible(id, user);
        List<String> attendees = List.copyOf(new LinkedHashSet<>(request.attendees()));
        matter.meet(stage, request.heldOn(), request.vote().of(request.entitled(), attendees.size()), request.minutes(),
                attendees, request.rejectionReason(), user.subject(), today(), clock.instant());
        return MatterView.of(mongo.save(matter));
    }

    /** Out of the caller's scope reads as not found, so nothing leaks. */
    private Matter visible(String id, PlatformUser user) {
        Matter matter = mongo.findById(id, Matter.class);
        if (matter == null || !user.mayAccess(matter.townshipId(), matter.villageId())) {
            throw new NotFoundException("Matter", id);
        }
        return matter;
    }

    private LocalDate today() {
        return CountyTime.today(clock);
    }
}
