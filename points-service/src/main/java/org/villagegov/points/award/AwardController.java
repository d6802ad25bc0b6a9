package org.villagegov.points.award;

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
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.platform.openapi.ResourceId;
import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Role;
import org.villagegov.platform.web.PageResponse;

@Tag(name = "Awards",
        description = "Points awards: proposed one by one or in bulk, publicly shown, objected to, approved or rejected.")
@RestController
@RequestMapping("/api/v1/points/awards")
@Validated
class AwardController {

    private final AwardService service;

    AwardController(AwardService service) {
        this.service = service;
    }

    record Propose(@Schema(description = "the household awarded, in the caller's scope",
                           example = "0c6f3a52-7d1e-4b8a-9f20-5e4d3c2b1a09")
                   @NotBlank @Size(max = 64) String householdId,
                   @Schema(description = "the code of the rule in force on `occurredOn` (the county's, or the "
                           + "village's override)", example = "filial-piety")
                   @NotBlank @Size(max = 40) String ruleCode,
                   @Schema(description = "what was seen, by whom; required when the rule says so",
                           example = "照顾瘫痪婆婆十余年，邻里皆知")
                   @Size(max = 2000) String evidence,
                   @Schema(description = "the day of the deed: not in the future, at most the county's back-dating "
                           + "window (60 days by default) back", example = "2026-11-20")
                   @NotNull LocalDate occurredOn) {
    }

    record ProposeBulk(@NotEmpty @Size(max = 200) List<@NotBlank @Size(max = 64) String> householdIds,
                       @Schema(description = "the code of the rule in force on `occurredOn`", example = "volunteering")
                       @NotBlank @Size(max = 40) String ruleCode,
                       @Schema(description = "what was done, by whom", example = "参加河道清理志愿活动")
                       @Size(max = 2000) String evidence,
                       @Schema(description = "the day of the deed", example = "2026-11-20")
                       @NotNull LocalDate occurredOn) {
    }

    record Reason(@NotBlank @Size(max = 1000) String reason) {
    }

    record AwardView(String id, String householdId, String townshipId, String villageId, String ruleCode,
                     int ruleVersion, int points, String evidence, LocalDate occurredOn, Award.Status status,
                     String proposedBy, Instant proposedAt, String approvedBy, Instant noticeUntil, String rejectedBy,
                     String rejectionReason, Instant creditedAt, List<ObjectionView> objections, String bulkId,
                     Long version) {
        static AwardView of(Award a) {
            return new AwardView(a.id(), a.householdId(), a.townshipId(), a.villageId(), a.ruleCode(),
                    a.ruleVersion(), a.points(), a.evidence(), a.occurredOn(), a.status(),
                    a.proposedBy(), a.proposedAt(), a.approvedBy(), a.noticeUntil(), a.rejectedBy(),
                    a.rejectionReason(), a.creditedAt(), a.objections().stream().map(ObjectionView::of).toList(),
                    a.bulkId(), a.version());
        }
    }

    record ObjectionView(String by, String reason, Instant at) {
        static ObjectionView of(Award.Objection o) {
            return new ObjectionView(o.by(), o.reason(), o.at());
        }
    }

    /** What the village board shows: no evidence notes, no names of officials. */
    record BoardItem(String awardId, String householdId, String ruleCode, int points, LocalDate occurredOn,
                     Instant noticeUntil) {
        static BoardItem of(Award a) {
            return new BoardItem(a.id(), a.householdId(), a.ruleCode(), a.points(), a.occurredOn(),
                    a.noticeUntil());
        }
    }

    record Refused(String householdId, String reason) {
    }

    record BulkResult(String bulkId, List<AwardView> proposed, List<Refused> refused) {
        static BulkResult of(AwardService.BulkProposal bulk) {
            return new BulkResult(bulk.bulkId(), bulk.proposed().stream().map(AwardView::of).toList(),
                    bulk.refused().stream().map(r -> new Refused(r.householdId(), r.reason())).toList());
        }
    }

    @Operation(summary = "Propose an award",
            description = "Proposes moral points for a household of the caller's scope under a rule of the catalogue "
                    + "(e.g. filial piety, clean courtyard), with evidence; nothing reaches the passbook until "
                    + "another person approves it. 422 when the rule is unknown or not in force on the day, its "
                    + "evidence is missing, the deed lies in the future or more than the county's back-dating window "
                    + "(60 days by default) back, or the household reached the rule's monthly cap.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @AwardRoles.Proposers
    AwardView propose(@Valid @RequestBody Propose request, PlatformUser user) {
        return AwardView.of(service.propose(request.householdId(), request.ruleCode(), request.evidence(),
                request.occurredOn(), user));
    }

    /**
     * Everyone who cleaned the river: every household and the rule are checked first, so a bad
     * list stores nothing; a household at its cap is reported back, the others are proposed.
     */
    @Operation(summary = "Propose an award to many households",
            description = "The same award for up to 200 households at once (everyone who cleaned the river). Every "
                    + "household and the rule are checked first, so a bad list (a household twice or outside the "
                    + "caller's scope) stores nothing; a household at its monthly cap is answered in `refused`, the "
                    + "others are proposed.")
    @PostMapping("/bulk")
    @ResponseStatus(HttpStatus.CREATED)
    @AwardRoles.Proposers
    BulkResult proposeBulk(@Valid @RequestBody ProposeBulk request, PlatformUser user) {
        return BulkResult.of(service.proposeBulk(request.householdIds(), request.ruleCode(), request.evidence(),
                request.occurredOn(), user));
    }

    @Operation(summary = "Approve an award",
            description = "A second person approves a proposed or objected award: it goes on the village's notice "
                    + "board for the notice period (3 days by default) and is credited to the passbook when no "
                    + "objection comes, raising points.awarded. 422 when the approver proposed it; 409 unless it is "
                    + "PROPOSED or OBJECTED.")
    @PostMapping("/{id}/approve")
    @AwardRoles.Deciders
    AwardView approve(@PathVariable @ResourceId String id, PlatformUser user) {
        return AwardView.of(service.approve(id, user));
    }

    @Operation(summary = "Reject an award",
            description = "Rejects a proposed or objected award with a reason; it never reaches the passbook. 409 in "
                    + "any other status.")
    @PostMapping("/{id}/reject")
    @AwardRoles.Deciders
    AwardView reject(@PathVariable @ResourceId String id, @Valid @RequestBody Reason request, PlatformUser user) {
        return AwardView.of(service.reject(id, request.reason(), user));
    }

    /** Anyone of the village may object while the award is on the board. */
    @Operation(summary = "Object to an award",
            description = "Anyone of the village objects to an award while it is on the notice board; it goes back to "
                    + "OBJECTED, to be approved again (with a fresh notice period) or rejected. 409 when it is not "
                    + "on the board.")
    @PostMapping("/{id}/objections")
    @AnyRole({Role.VILLAGER, Role.COUNCIL_MEMBER, Role.GRID_WORKER, Role.VILLAGE_CADRE, Role.TOWNSHIP_OFFICER, Role.COUNTY_ADMIN})
    AwardView object(@PathVariable @ResourceId String id, @Valid @RequestBody Reason request, PlatformUser user) {
        return AwardView.of(service.object(id, request.reason(), user));
    }

    @Operation(summary = "Read an award",
            description = "One award with its evidence, decisions and objections; an award outside the caller's scope "
                    + "is 404.")
    @GetMapping("/{id}")
    @AwardRoles.Readers
    AwardView get(@PathVariable @ResourceId String id, PlatformUser user) {
        return AwardView.of(service.visible(id, user));
    }

    @Operation(summary = "List awards",
            description = "Pages through the awards in the caller's scope, optionally of one village, status or "
                    + "household.")
    @GetMapping
    @AwardRoles.Readers
    PageResponse<AwardView> list(@RequestParam(required = false) @ResourceId String villageId,
                                 @RequestParam(required = false) Award.Status status,
                                 @RequestParam(required = false) @ResourceId String householdId,
                                 Pageable pageable, PlatformUser user) {
        return PageResponse.of(service.list(villageId, status, householdId, pageable, user), AwardView::of);
    }

    @Operation(summary = "The village notice board",
            description = "Approved awards now on public notice in the caller's village (or one village of their "
                    + "scope), without evidence notes or officials' names, so villagers can object in time.")
    @GetMapping("/board")
    @AnyRole({Role.VILLAGER, Role.COUNCIL_MEMBER, Role.GRID_WORKER, Role.VILLAGE_CADRE, Role.TOWNSHIP_OFFICER,
            Role.POINTS_CLERK, Role.COUNTY_ADMIN, Role.INTEGRATOR})
    PageResponse<BoardItem> board(@RequestParam(required = false) @ResourceId String villageId,
                                  Pageable pageable, PlatformUser user) {
        return PageResponse.of(service.board(villageId, pageable, user), BoardItem::of);
    }
}
