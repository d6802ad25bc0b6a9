package org.villagegov.council.regulation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import org.villagegov.council.meeting.VoteView;
import org.villagegov.platform.openapi.ResourceId;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.web.PageResponse;

/** Village regulations and compact: drafts, discussion, adoption vote, publication, earlier versions. */
@RestController
@RequestMapping("/api/v1/council/regulations")
@Tag(name = "Regulations", description = "Village regulations and compact, versioned; the twelve areas as sections")
class RegulationController {
    private final Regulations regulations;
    private final RegulationQueries queries;

    RegulationController(Regulations regulations, RegulationQueries queries) {
        this.regulations = regulations;
        this.queries = queries;
    }

    record NewRegulation(@NotBlank @Size(max = 64) String villageId, @Size(max = 64) String townshipId, @NotBlank @Size(max = 200) String title,
                         @NotEmpty @Size(max = 12) Map<Regulation.Area, @NotBlank @Size(max = 8000) String> sections,
                         @Size(max = 2000) String note) {
    }

    record Draft(@NotEmpty @Size(max = 12) Map<Regulation.Area, @NotBlank @Size(max = 8000) String> sections,
                 @Size(max = 2000) String note) {
    }

    record DiscussionRequest(@NotNull LocalDate heldOn, @NotBlank @Size(max = 8000) String summary) {
    }

    /** Who came (households; representatives' households at a representatives' meeting) and the votes; entitled and present are computed. */
    record Adoption(@NotNull LocalDate heldOn, MeetingKind meetingKind,
                    @NotNull @Size(min = 1, max = 2000) List<@NotBlank @Size(max = 64) String> householdIds,
                    @NotNull @Valid Tally vote) {
    }

    record Publication(@NotNull LocalDate publishedOn) {
    }

    record RegulationView(String id, String townshipId, String villageId, String title, List<VersionView> versions,
                          Long version) {
        /** {@code publishedOnly}: the published and superseded versions only ({@link RegulationQueries#publishedOnlyFor}). */
        static RegulationView of(Regulation r, boolean publishedOnly) {
            List<VersionView> shown = r.versions().stream()
                    .filter(v -> !publishedOnly || v.status() == Regulation.Status.PUBLISHED
                            || v.status() == Regulation.Status.SUPERSEDED)
                    .map(VersionView::of).toList();
            return new RegulationView(r.id(), r.townshipId(), r.villageId(), r.title(), shown, r.version());
        }
    }

    record VersionView(int number, Regulation.Status status, Map<Regulation.Area, String> sections, String note,
                       DiscussionView discussion, VoteView vote, LocalDate votedOn, LocalDate publishedOn,
                       String draftedBy, Instant draftedAt) {
        static VersionView of(Regulation.Version v) {
            return new VersionView(v.number(), v.status(), v.sections(), v.note(), DiscussionView.of(v.discussion()),
                    VoteView.of(v.vote()), v.votedOn(), v.publishedOn(), v.draftedBy(), v.draftedAt());
        }
    }

    record DiscussionView(LocalDate heldOn, String summary) {
        static DiscussionView of(Regulation.Discussion d) {
            return d == null ? null : new DiscussionView(d.heldOn(), d.summary());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Writers
    @Operation(summary = "Draft a village's regulations (one document per village, version 1)",
            description = "The village regulations and compact (up to 12 areas: morality, public property, safety, "
                    + "ecology…) of a village in the caller's scope; it then goes through discussion, a vote and "
                    + "publication. 409 when the village has one already.")
    RegulationView draft(@Valid @RequestBody NewRegulation request, PlatformUser user) {
        return RegulationView.of(regulations.draft(request, user), false);
    }

    @Operation(summary = "List village regulations",
            description = "Pages through the villages' regulations in the caller's scope, optionally of one village.")
    @GetMapping
    @Readers
    PageResponse<RegulationView> list(@RequestParam(required = false) @ResourceId String villageId, Pageable pageable,
                                  PlatformUser user) {
        boolean publishedOnly = queries.publishedOnlyFor(user);
        return PageResponse.of(queries.list(villageId, pageable, user), r -> RegulationView.of(r, publishedOnly));
    }

    @GetMapping("/{id}")
    @Readers
    @Operation(summary = "The regulations with every version (villagers: the published and former ones)",
            description = "Each version with its status, discussion, vote and publication.")
    RegulationView get(@PathVariable @ResourceId String id, PlatformUser user) {
        return RegulationView.of(queries.visible(id, user), queries.publishedOnlyFor(user));
    }

    @PostMapping("/{id}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    @Writers
    @Operation(summary = "Draft the next version once the latest is published or rejected (409 otherwise)",
            description = "The amendment starts as a new DRAFT; the published version stays in force until it is "
                    + "replaced.")
    RegulationView redraft(@PathVariable @ResourceId String id, @Valid @RequestBody Draft request, PlatformUser user) {
        return RegulationView.of(regulations.redraft(id, request, user), false);
    }

    @PostMapping("/{id}/discussion")
    @Writers
    @Operation(summary = "DRAFT -> DISCUSSION: the draft was discussed with the villagers",
            description = "409 unless the latest version is a DRAFT; 422 for a day in the future.")
    RegulationView discuss(@PathVariable @ResourceId String id, @Valid @RequestBody DiscussionRequest request, PlatformUser user) {
        return RegulationView.of(regulations.discuss(id, request, user), false);
    }

    @PostMapping("/{id}/adoption")
    @Writers
    @Operation(summary = "DISCUSSION -> ADOPTED or REJECTED by the villagers' (representatives') vote; 422 without quorum",
            description = "409 unless the latest version is in DISCUSSION; 422 for a vote before the discussion or in "
                    + "the future.")
    RegulationView adopt(@PathVariable @ResourceId String id, @Valid @RequestBody Adoption request, PlatformUser user) {
        return RegulationView.of(regulations.adopt(id, request, user), false);
    }

    @PostMapping("/{id}/publication")
    @Writers
    @Operation(summary = "ADOPTED -> PUBLISHED; the former published version is kept as SUPERSEDED",
            description = "409 unless the latest version is ADOPTED; 422 for a day before the adoption or in the "
                    + "future.")
    RegulationView publish(@PathVariable @ResourceId String id, @Valid @RequestBody Publication request, PlatformUser user) {
        return RegulationView.of(regulations.publish(id, request.publishedOn(), user), false);
    }
}
