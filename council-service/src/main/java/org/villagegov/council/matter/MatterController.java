package org.villagegov.council.matter;

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
import org.villagegov.council.meeting.MeetingKind;
import org.villagegov.council.meeting.Tally;
import org.villagegov.council.meeting.Vote;
import org.villagegov.council.meeting.VoteView;
import org.villagegov.platform.openapi.ResourceId;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.web.PageResponse;

/** Major matters through "four discussions, two openness". */
@RestController
@RequestMapping("/api/v1/council/matters")
@Tag(name = "Matters", description = "Four discussions, two openness: proposal, two committees, party members, representatives, then two publications")
class MatterController {
    private final Matters matters;
    private final MatterQueries queries;

    MatterController(Matters matters, MatterQueries queries) {
        this.matters = matters;
        this.queries = queries;
    }

    record Proposal(@Schema(description = "the village whose matter it is, in the caller's scope",
                            example = "v-3f1c9b2e-8d4a")
                    @NotBlank @Size(max = 64) String villageId,
                    @Schema(description = "optional: the village's township, checked against the region tree",
                            example = "t-9a51c0f2-b7e1")
                    @Size(max = 64) String townshipId,
                    @Schema(description = "the matter", example = "修建村组道路硬化工程")
                    @NotBlank @Size(max = 200) String title,
                    @Schema(description = "a project, funds, land or public works", example = "PUBLIC_WORKS")
                    @NotNull Matter.Kind kind,
                    @Schema(description = "the money involved, in yuan (0 when none)", example = "350000")
                    @NotNull @Min(0) @Max(100_000_000_000L) Long amount,
                    @Size(max = 4000) String description,
                    @Schema(description = "the day the village party organisation proposed it", example = "2026-11-25")
                    @NotNull LocalDate heldOn,
                    @Valid Vote vote,
                    @Schema(description = "the minutes of the party organisation's meeting")
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
                      List<StepView> steps, Long version) {
        static MatterView of(Matter m) {
            return new MatterView(m.id(), m.townshipId(), m.villageId(), m.title(), m.kind(), m.amount(), m.description(),
                    m.stage(), m.status(), m.rejectionReason(), m.steps().stream().map(StepView::of).toList(),
                    m.version());
        }
    }

    /** One step as the API shows it (the stored {@code Matter.Step} may change without changing this). */
    record StepView(Matter.Stage stage, LocalDate heldOn, VoteView vote, boolean passed, String minutes,
                    List<String> householdIds, String meetingId, String recordedBy, Instant recordedAt,
                    List<String> attendees, MeetingKind meetingKind) {
        static StepView of(Matter.Step s) {
            return new StepView(s.stage(), s.heldOn(), VoteView.of(s.vote()), s.passed(), s.minutes(), s.householdIds(),
                    s.meetingId(), s.recordedBy(), s.recordedAt(), s.attendees(), s.meetingKind());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Writers
    @Operation(summary = "Step 1: the village party organisation proposes a major matter",
            description = "Starts the \"four discussions, two openness\" procedure for a project, funds, land or "
                    + "public works of a village in the caller's scope; every later step must follow in order. 422 "
                    + "when the party organisation's vote did not adopt it or the day is in the future. Raises "
                    + "matter.proposed.")
    MatterView propose(@Valid @RequestBody Proposal request, PlatformUser user) {
        return MatterView.of(matters.propose(request, user));
    }

    @GetMapping
    @Readers
    @Operation(summary = "Matters in the caller's scope; villagers see published ones only",
            description = "Optionally of one village, stage or status, newest first, with each step's date, "
                    + "attendance, votes and minutes.")
    PageResponse<MatterView> list(@RequestParam(required = false) @ResourceId String villageId,
                                  @RequestParam(required = false) Matter.Stage stage,
                                  @RequestParam(required = false) Matter.Status status, Pageable pageable,
                                  PlatformUser user) {
        return PageResponse.of(queries.list(villageId, stage, status, pageable, user), MatterView::of);
    }

    @Operation(summary = "Read a matter",
            description = "One matter with every step of its procedure so far; one outside the caller's scope (or "
                    + "unpublished, for a villager) is 404.")
    @GetMapping("/{id}")
    @Readers
    MatterView get(@PathVariable @ResourceId String id, PlatformUser user) {
        return MatterView.of(queries.readable(id, user));
    }

    @PostMapping("/{id}/two-committees")
    @Writers
    @Operation(summary = "Step 2: the two committees' joint meeting deliberates (409 out of order, 422 without quorum)",
            description = "Voting it down ends the matter (matter.rejected); else it goes to step 3 (matter.advanced). "
                    + "422 also for a day before the previous step or in the future, or more votes than present.")
    MatterView twoCommittees(@PathVariable @ResourceId String id, @Valid @RequestBody Meeting request, PlatformUser user) {
        return MatterView.of(matters.meet(id, Matter.Stage.TWO_COMMITTEES, request, user));
    }

    @PostMapping("/{id}/party-members")
    @Writers
    @Operation(summary = "Step 3: the party members' meeting reviews",
            description = "409 out of order; 422 without quorum, for a day before step 2 or in the future. Voting it "
                    + "down ends the matter (matter.rejected); else matter.advanced.")
    MatterView partyMembers(@PathVariable @ResourceId String id, @Valid @RequestBody Meeting request, PlatformUser user) {
        return MatterView.of(matters.meet(id, Matter.Stage.PARTY_MEMBERS, request, user));
    }

    @PostMapping("/{id}/representatives")
    @Writers
    @Operation(summary = "Step 4: the villagers' representatives' meeting resolves by vote; raises meeting.attended and, if adopted, matter.resolved",
            description = "Attendance is the households of the village's roster of villagers' representatives present "
                    + "(they earn participation points). 409 out of order; 422 without quorum or for a household not "
                    + "on the roster.")
    MatterView representatives(@PathVariable @ResourceId String id, @Valid @RequestBody RepresentativesMeeting request,
                               PlatformUser user) {
        return MatterView.of(matters.resolve(id, request, user));
    }

    @PostMapping("/{id}/resolution")
    @Writers
    @Operation(summary = "Open 1: publish the adopted resolution (409 before adoption)",
            description = "Makes the resolution public to the villagers (matter.advanced); the implementation result "
                    + "follows.")
    MatterView publishResolution(@PathVariable @ResourceId String id, @Valid @RequestBody Publication request, PlatformUser user) {
        return MatterView.of(matters.publishResolution(id, request, user));
    }

    @PostMapping("/{id}/result")
    @Writers
    @Operation(summary = "Open 2: publish the implementation result; raises matter.result-published",
            description = "The last step: the matter is COMPLETED. 409 before the resolution is published.")
    MatterView publishResult(@PathVariable @ResourceId String id, @Valid @RequestBody Publication request, PlatformUser user) {
        return MatterView.of(matters.publishResult(id, request, user));
    }

    @PostMapping("/{id}/reject")
    @Writers
    @Operation(summary = "Close a matter still in deliberation, with the reason",
            description = "409 unless the matter is still IN_PROGRESS. Raises matter.rejected.")
    MatterView reject(@PathVariable @ResourceId String id, @Valid @RequestBody Rejection request, PlatformUser user) {
        return MatterView.of(matters.reject(id, request, user));
    }
}
