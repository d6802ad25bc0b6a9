package org.villagegov.points.rule;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.platform.openapi.ResourceId;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.web.PageResponse;
import org.villagegov.points.rule.Rule.Category;

@Tag(name = "Rules",
        description = "A village's points rules: what earns or costs how many points, proposed, approved and versioned.")
@RestController
@RequestMapping("/api/v1/points/rules")
@Validated
class RuleController {

    private final RuleCatalogue catalogue;

    RuleController(RuleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * A county rule leaves township and village out; a village override names the village (its
     * township is the grid's: optional, and refused when it disagrees) and may name the day it
     * starts ({@code effectiveFrom}, today or later; default today).
     */
    record CreateRule(@NotBlank @Pattern(regexp = "[a-z0-9-]{2,40}") @Size(max = 40) String code, @Size(max = 64) String townshipId,
                      @Size(max = 64) String villageId, @NotBlank @Size(max = 200) String behaviour,
                      @NotNull Category category, @NotNull @Min(-100) @Max(100) Integer points,
                      @NotNull Boolean evidenceRequired, @Min(1) @Max(100) Integer capPerMonth,
                      LocalDate effectiveFrom) {
    }

    record ChangeRule(@NotBlank @Size(max = 200) String behaviour, @NotNull Category category,
                      @NotNull @Min(-100) @Max(100) Integer points, @NotNull Boolean evidenceRequired,
                      @Min(1) @Max(100) Integer capPerMonth, @NotNull Boolean active, @NotNull @Min(0) @Max(Integer.MAX_VALUE) Long version,
                      LocalDate effectiveFrom) {
    }

    record Reason(@NotBlank @Size(max = 1000) String reason) {
    }

    /** A change of an override that waits for a second person. */
    record PendingView(int ruleVersion, String behaviour, Category category, int points, boolean evidenceRequired,
                       Integer capPerMonth, boolean active, LocalDate effectiveFrom, String proposedBy) {
        static PendingView of(Rule.Terms t) {
            return t == null ? null : new PendingView(t.ruleVersion(), t.behaviour(), t.category(), t.points(),
                    t.evidenceRequired(), t.capPerMonth(), t.active(), t.effectiveFrom(), t.changedBy());
        }
    }

    /** The newest approved version ({@code ruleVersion} 0 and no terms while an override awaits its first approval). */
    record RuleView(String id, String code, String townshipId, String villageId, int ruleVersion, String behaviour,
                    Category category, Integer points, Boolean evidenceRequired, Integer capPerMonth, Boolean active,
                    LocalDate effectiveFrom, String approvedBy, int previousVersions, PendingView pending, Long version) {
        static RuleView of(Rule rule) {
            Rule.Terms t = rule.current();
            if (t == null) {
                return new RuleView(rule.id(), rule.code(), rule.townshipId(), rule.villageId(), 0, null,
                        null, null, null, null, null, null, null, 0, PendingView.of(rule.pending()), rule.version());
            }
            return new RuleView(rule.id(), rule.code(), rule.townshipId(), rule.villageId(), t.ruleVersion(),
                    t.behaviour(), t.category(), t.points(), t.evidenceRequired(), t.capPerMonth(), t.active(),
                    t.effectiveFrom(), t.approvedBy(), rule.history().size(), PendingView.of(rule.pending()),
                    rule.version());
        }
    }

    @Operation(summary = "The rules catalogue",
            description = "Pages through the county's rules (behaviour -> points, positive or negative) and the "
                    + "overrides of the caller's village, or of one village of their scope.")
    @GetMapping
    @RuleRoles.Readers
    PageResponse<RuleView> list(@RequestParam(required = false) @ResourceId String villageId,
                                Pageable pageable, PlatformUser user) {
        return PageResponse.of(catalogue.list(villageId, pageable, user), RuleView::of);
    }

    @Operation(summary = "Read a rule",
            description = "A rule's version in force, its earlier versions counted and any change awaiting approval.")
    @GetMapping("/{id}")
    @RuleRoles.Readers
    RuleView get(@PathVariable @ResourceId String id, PlatformUser user) {
        return RuleView.of(catalogue.visible(id, user));
    }

    /** A county rule (county admin) is in force at once; a village override waits for a second person. */
    @Operation(summary = "Create a rule or a village override",
            description = "A county rule (county admin) is in force at once; a village override of a county rule waits "
                    + "for a second person and may start on a later day. 409 when the code already exists there; 422 "
                    + "when an override has no county rule, its points leave the allowed band around the county's "
                    + "(same sign), or it starts in the past.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @RuleRoles.Editors
    RuleView create(@Valid @RequestBody CreateRule request, PlatformUser user) {
        var draft = new RuleCatalogue.Draft(request.behaviour(), request.category(), request.points(),
                request.evidenceRequired(), request.capPerMonth());
        return RuleView.of(catalogue.create(request.code(), request.townshipId(), request.villageId(), draft,
                request.effectiveFrom(), user));
    }

    /** A county rule changes at once (county admin); an override's change waits for approval. */
    @Operation(summary = "Change a rule",
            description = "A new version of the rule's terms, in force at once for a county rule (county admin only, "
                    + "403 otherwise), awaiting approval for an override; never retroactive. 409 when `version` is "
                    + "not the current one.")
    @PutMapping("/{id}")
    @RuleRoles.Editors
    RuleView change(@PathVariable @ResourceId String id, @Valid @RequestBody ChangeRule request, PlatformUser user) {
        var draft = new RuleCatalogue.Draft(request.behaviour(), request.category(), request.points(),
                request.evidenceRequired(), request.capPerMonth());
        return RuleView.of(catalogue.change(id, draft, request.active(), request.version(), request.effectiveFrom(), user));
    }

    /** The county, or a second person of the village or township: never the proposer. */
    @Operation(summary = "Approve a rule change",
            description = "The county, or a second person of the village or township, puts an override's waiting "
                    + "change in force. 422 when the approver proposed it; 409 when nothing is waiting.")
    @PostMapping("/{id}/approve")
    @RuleRoles.Deciders
    RuleView approve(@PathVariable @ResourceId String id, PlatformUser user) {
        return RuleView.of(catalogue.approve(id, user));
    }

    @Operation(summary = "Reject a rule change",
            description = "Drops an override's waiting change; the version in force stays. 409 when nothing is "
                    + "waiting.")
    @PostMapping("/{id}/reject")
    @RuleRoles.Deciders
    RuleView reject(@PathVariable @ResourceId String id, @Valid @RequestBody Reason request, PlatformUser user) {
        return RuleView.of(catalogue.reject(id, user));
    }
}
