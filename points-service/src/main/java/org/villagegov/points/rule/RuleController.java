package org.villagegov.points.rule;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
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
import org.villagegov.platform.data.ScopeCriteria;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.place.Place;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Roles;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.platform.web.PageResponse;
import org.villagegov.points.rule.Rule.Category;

@RestController
@RequestMapping("/api/v1/points/rules")
@Validated
class RuleController {

    static final String READERS = "hasAnyRole('county-admin','township-officer','village-cadre','council-member',"
            + "'grid-worker','mediator','points-clerk','villager','integrator')";

    private final RuleRepository rules;
    private final MongoTemplate mongo;
    private final PlaceGuard places;
    private final OverrideBounds bounds;
    private final Clock clock;

    RuleController(RuleRepository rules, MongoTemplate mongo, PlaceGuard places, OverrideBounds bounds, Clock clock) {
        this.rules = rules;
        this.mongo = mongo;
        this.places = places;
        this.bounds = bounds;
        this.clock = clock;
    }

    /**
     * A county rule leaves township and village out; a village override names the village (its
     * township is the grid's: optional, and refused when it disagrees) and may name the day it
     * starts ({@code effectiveFrom}, today or later; default today).
     */
    record CreateRule(@NotBlank @Pattern(regexp = "[a-z0-9-]{2,40}") String code, @Size(max = 64) String townshipId,
                      @Size(max = 64) String villageId, @NotBlank @Size(max = 200) String behaviour,
                      @NotNull Category category, @NotNull @Min(-100) @Max(100) Integer points,
                      @NotNull Boolean evidenceRequired, @Min(1) @Max(100) Integer capPerMonth,
                      LocalDate effectiveFrom) {
    }

    record ChangeRule(@NotBlank @Size(max = 200) String behaviour, @NotNull Category category,
                      @NotNull @Min(-100) @Max(100) Integer points, @NotNull Boolean evidenceRequired,
                      @Min(1) @Max(100) Integer capPerMonth, @NotNull Boolean active, @NotNull Long version,
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
            Rule.Terms t = rule.getCurrent();
            if (t == null) {
                return new RuleView(rule.getId(), rule.getCode(), rule.getTownshipId(), rule.getVillageId(), 0, null,
                        null, null, null, null, null, null, null, 0, PendingView.of(rule.getPending()), rule.getVersion());
            }
            return new RuleView(rule.getId(), rule.getCode(), rule.getTownshipId(), rule.getVillageId(), t.ruleVersion(),
                    t.behaviour(), t.category(), t.points(), t.evidenceRequired(), t.capPerMonth(), t.active(),
                    t.effectiveFrom(), t.approvedBy(), rule.getHistory().size(), PendingView.of(rule.getPending()),
                    rule.getVersion());
        }
    }

    @GetMapping
    @PreAuthorize(READERS)
    PageResponse<RuleView> list(@RequestParam(required = false) String villageId,
                                @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size, PlatformUser user) {
        if (villageId != null) {
            places.village(villageId, user, "villageId");
        }
        // county rules for everyone, village overrides only inside the caller's scope
        Criteria visible = new Criteria().orOperator(Criteria.where("villageId").is(null),
                new Criteria().andOperator(Criteria.where("villageId").ne(null), ScopeCriteria.of(user)));
        Query query = Query.query(villageId == null ? visible
                : new Criteria().andOperator(visible, Criteria.where("villageId").in(villageId, null)));
        var pageable = PageRequest.of(page, size, Sort.by("_id"));
        var found = mongo.find(Query.of(query).with(pageable), Rule.class);
        return PageResponse.of(PageableExecutionUtils.getPage(found, pageable, () -> mongo.count(query, Rule.class)), RuleView::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    RuleView get(@PathVariable String id, PlatformUser user) {
        return RuleView.of(visible(id, user));
    }

    /** A county rule (county admin) is in force at once; a village override waits for a second person. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('county-admin','village-cadre')")
    RuleView create(@Valid @RequestBody CreateRule request, PlatformUser user) {
        Rule rule;
        if (request.villageId() == null) {
            if (!user.hasRole(Roles.COUNTY_ADMIN)) {
                throw new RuleViolationException("villageId", "A village cadre may only create overrides for their village");
            }
            if (request.townshipId() != null) {
                throw new RuleViolationException("townshipId", "A county rule names no township; overrides name a village");
            }
            rule = Rule.create(request.code(), null, null, new Rule.Terms(1, request.behaviour(), request.category(),
                    request.points(), request.evidenceRequired(), request.capPerMonth(), true, user.subject(),
                    clock.instant(), null, null));
        } else {
            Place village = places.village(request.villageId(), request.townshipId(), user, "villageId", "townshipId");
            bounds.check(request.code(), request.points());
            Rule.Terms terms = new Rule.Terms(1, request.behaviour(), request.category(), request.points(),
                    request.evidenceRequired(), request.capPerMonth(), true, user.subject(), clock.instant(),
                    bounds.effectiveFrom(request.effectiveFrom()), null);
            rule = Rule.propose(request.code(), village.townshipId(), village.id(), terms);
        }
        try {
            return RuleView.of(rules.insert(rule));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Rule '" + Rule.idOf(request.code(), request.villageId()) + "' already exists");
        }
    }

    /** A county rule changes at once (county admin); an override's change waits for approval. */
    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('county-admin','village-cadre')")
    RuleView change(@PathVariable String id, @Valid @RequestBody ChangeRule request, PlatformUser user) {
        Rule rule = visible(id, user);
        if (!rule.isOverride() && !user.hasRole(Roles.COUNTY_ADMIN)) {
            throw new AccessDeniedException("Only a county admin changes county rules");
        }
        if (!rule.getVersion().equals(request.version())) {
            throw new ConflictException("Rule '" + id + "' was changed meanwhile (version " + rule.getVersion() + ")");
        }
        LocalDate from = bounds.effectiveFrom(request.effectiveFrom());
        if (rule.isOverride()) {
            bounds.check(rule.getCode(), request.points());
            rule.proposeChange(request.behaviour(), request.category(), request.points(), request.evidenceRequired(),
                    request.capPerMonth(), request.active(), user.subject(), clock.instant(), from);
        } else {
            rule.change(request.behaviour(), request.category(), request.points(), request.evidenceRequired(),
                    request.capPerMonth(), request.active(), user.subject(), clock.instant(), from);
        }
        return RuleView.of(rules.save(rule));
    }

    /** The county, or a second person of the village or township: never the proposer. */
    @PostMapping("/{id}/approve")
    @PreAuthorize("hasAnyRole('county-admin','township-officer','village-cadre')")
    RuleView approve(@PathVariable String id, PlatformUser user) {
        Rule rule = visible(id, user);
        if (rule.getPending() != null) {
            // the county rule may have changed since the proposal
            bounds.check(rule.getCode(), rule.getPending().points());
        }
        rule.approve(user.subject(), CountyTime.today(clock));
        return RuleView.of(rules.save(rule));
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize("hasAnyRole('county-admin','township-officer','village-cadre')")
    RuleView reject(@PathVariable String id, @Valid @RequestBody Reason request, PlatformUser user) {
        Rule rule = visible(id, user);
        rule.reject();
        return RuleView.of(rules.save(rule));
    }

    private Rule visible(String id, PlatformUser user) {
        return rules.findById(id)
                .filter(rule -> rule.getVillageId() == null || user.mayAccess(rule.getTownshipId(), rule.getVillageId()))
                .orElseThrow(() -> new NotFoundException("Rule", id));
    }
}
