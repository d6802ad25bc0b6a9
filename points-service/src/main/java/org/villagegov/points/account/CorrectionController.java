package org.villagegov.points.account;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.web.PageResponse;

/** Corrections of passbooks: proposed on the passbook, decided by a second person. */
@Tag(name = "Corrections",
        description = "Corrections of a household's points, proposed by a clerk and approved by a second person.")
@RestController
@RequestMapping("/api/v1/points")
@Validated
class CorrectionController {

    private final CorrectionService service;

    CorrectionController(CorrectionService service) {
        this.service = service;
    }

    record Propose(@NotNull @Min(-1000) @Max(1000) Integer amount, @NotNull Correction.Category category,
                   @NotBlank @Size(max = 500) String reason) {
    }

    record Reason(@NotBlank @Size(max = 1000) String reason) {
    }

    record CorrectionView(String id, String householdId, String townshipId, String villageId, long amount,
                          Correction.Category category, String reason, Correction.Status status, String proposedBy,
                          Instant proposedAt, String decidedBy, Instant decidedAt, String rejectionReason, Long version) {
        static CorrectionView of(Correction c) {
            return new CorrectionView(c.id(), c.householdId(), c.townshipId(), c.villageId(), c.amount(),
                    c.category(), c.reason(), c.status(), c.proposedBy(), c.proposedAt(), c.decidedBy(),
                    c.decidedAt(), c.rejectionReason(), c.version());
        }
    }

    /** Nothing reaches the passbook yet: a second person approves or rejects. */
    @Operation(summary = "Propose a correction",
            description = "Proposes a signed change to a household's balance (an error, a reversal) with a reason; "
                    + "nothing reaches the passbook until a second person approves. 422 for an amount of 0, or when "
                    + "the household's corrections would move more than the county's monthly limit (500 points by "
                    + "default).")
    @PostMapping("/accounts/{householdId}/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    @AccountRoles.Keepers
    CorrectionView propose(@PathVariable @ResourceId String householdId, @Valid @RequestBody Propose request, PlatformUser user) {
        return CorrectionView.of(service.propose(householdId, request.amount(), request.category(), request.reason(), user));
    }

    @Operation(summary = "Approve a correction",
            description = "A second person approves the correction and it is posted to the passbook, raising "
                    + "correction.approved. 422 when the approver proposed it or the balance does not cover a "
                    + "deduction; 409 when it is no longer PROPOSED.")
    @PostMapping("/corrections/{id}/approve")
    @AccountRoles.CorrectionDeciders
    CorrectionView approve(@PathVariable @ResourceId String id, PlatformUser user) {
        return CorrectionView.of(service.approve(id, user));
    }

    @Operation(summary = "Reject a correction",
            description = "Rejects a proposed correction with a reason; the passbook is untouched. 409 when it was "
                    + "already decided.")
    @PostMapping("/corrections/{id}/reject")
    @AccountRoles.CorrectionDeciders
    CorrectionView reject(@PathVariable @ResourceId String id, @Valid @RequestBody Reason request, PlatformUser user) {
        return CorrectionView.of(service.reject(id, request.reason(), user));
    }

    @Operation(summary = "Read a correction",
            description = "One correction with its decision; one outside the caller's scope is 404.")
    @GetMapping("/corrections/{id}")
    @AccountRoles.CorrectionReaders
    CorrectionView get(@PathVariable @ResourceId String id, PlatformUser user) {
        return CorrectionView.of(service.visible(id, user));
    }

    @Operation(summary = "List corrections",
            description = "Pages through the corrections in the caller's scope, optionally of one village, household "
                    + "or status.")
    @GetMapping("/corrections")
    @AccountRoles.CorrectionReaders
    PageResponse<CorrectionView> list(@RequestParam(required = false) @ResourceId String villageId,
                                      @RequestParam(required = false) @ResourceId String householdId,
                                      @RequestParam(required = false) Correction.Status status,
                                      Pageable pageable, PlatformUser user) {
        return PageResponse.of(service.list(villageId, householdId, status, pageable, user),
                CorrectionView::of);
    }
}
