package org.villagegov.council.suggestion;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import org.villagegov.council.config.Writers;
import org.villagegov.platform.openapi.ResourceId;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.web.PageResponse;

/** Bench meetings: who came (meeting.attended) and which suggestions were talked through. */
@RestController
@RequestMapping("/api/v1/council/bench-meetings")
@Tag(name = "Bench meetings", description = "Courtyard / bench meetings discussing villagers' suggestions")
class BenchMeetingController {

    private final BenchMeetings meetings;
    private final BenchMeetingQueries queries;

    BenchMeetingController(BenchMeetings meetings, BenchMeetingQueries queries) {
        this.meetings = meetings;
        this.queries = queries;
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
    @Writers
    @Operation(summary = "Record a bench meeting: households present and the raised suggestions discussed; raises meeting.attended",
            description = "The \"bench meeting\" or \"courtyard meeting\" of a village: each suggestion discussed "
                    + "moves from RAISED to DISCUSSED, to be solved on the spot or assigned. 409 for a suggestion "
                    + "discussed already; 422 for a suggestion of another village or a meeting in the future.")
    MeetingView hold(@Valid @RequestBody NewMeeting request, PlatformUser user) {
        return MeetingView.of(meetings.hold(request, user));
    }

    @Operation(summary = "List bench meetings",
            description = "Pages through the bench meetings in the caller's scope, optionally of one village.")
    @GetMapping
    @Staff
    PageResponse<MeetingView> list(@RequestParam(required = false) @ResourceId String villageId, Pageable pageable,
                                  PlatformUser user) {
        return PageResponse.of(queries.list(villageId, pageable, user), MeetingView::of);
    }

    @Operation(summary = "Read a bench meeting",
            description = "One bench meeting with the households present and the suggestions discussed.")
    @GetMapping("/{id}")
    @Staff
    MeetingView get(@PathVariable @ResourceId String id, PlatformUser user) {
        return MeetingView.of(queries.visible(id, user));
    }
}
