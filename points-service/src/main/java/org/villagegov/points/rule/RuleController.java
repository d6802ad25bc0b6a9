package org.villagegov.points.rule;

import java.time.Clock;

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
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Roles;
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
    private final Clock clock;

    RuleController(RuleRepository rules, MongoTemplate mongo, Clock clock) {
        this.rules = rules;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** A county rule leaves township and village out; a village override names both. */
    record CreateRule(@NotBlank @Pattern(regexp = "[a-z0-9-]{2,40}") String code, String townshipId, String villageId,
                      @NotBlank @Size(max = 200) String behaviour, @NotNull Category category,
                      @NotNull @Min(-100) @Max(100) Integer points, @NotNull Boolean evidenceRequired,
                      @Min(1) @Max(100) Integer capPerMonth) {
    }

    record ChangeRule(@NotBlank @Size(max = 200) String behaviour, @NotNull Category category,
                      @NotNull @Min(-100) @Max(100) Integer points, @NotNull Boolean evidenceRequired,
                      @Min(1) @Max(100) Integer capPerMonth, @NotNull Boolean active, @NotNull Long version) {
    }

    record RuleView(String id, String code, String townshipId, String villageId, int ruleVersion, String behaviour,
                    Category category, int points, boolean evidenceRequired, Integer capPerMonth, boolean active,
                    int previousVersions, Long version) {
        static RuleView of(Rule rule) {
            Rule.Terms t = rule.getCurrent();
            return new RuleView(rule.getId(), rule.getCode(), rule.getTownshipId(), rule.getVillageId(), t.ruleVersion(),
                    t.behaviour(), t.category(), t.points(), t.evidenceRequired(), t.capPerMonth(), t.active(),
                    rule.getHistory().size(), rule.getVersion());
        }
    }

    @GetMapping
    @PreAuthorize(READERS)
    PageResponse<RuleView> list(@RequestParam(required = false) String villageId,
                                @RequestParam(defaultValue = "0") @Min(0) int page,
                                @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size, PlatformUser user) {
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

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('county-admin','village-cadre')")
    RuleView create(@Valid @RequestBody CreateRule request, PlatformUser user) {
        if (request.villageId() == null) {
            if (!user.hasRole(Roles.COUNTY_ADMIN)) {
                throw new RuleViolationException("villageId", "A village cadre may only create overrides for their village");
            }
        } else if (request.townshipId() == null || request.townshipId().isBlank()) {
            throw new RuleViolationException("townshipId", "A village override names its township");
        } else if (!user.mayAccess(request.townshipId(), request.villageId())) {
            throw new RuleViolationException("villageId", "You may only create overrides for your own village");
        }
        Rule.Terms terms = new Rule.Terms(1, request.behaviour(), request.category(), request.points(),
                request.evidenceRequired(), request.capPerMonth(), true, user.subject(), clock.instant());
        try {
            return RuleView.of(rules.insert(Rule.create(request.code(), request.townshipId(), request.villageId(), terms)));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Rule '" + Rule.idOf(request.code(), request.villageId()) + "' already exists");
        }
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('county-admin','village-cadre')")
    RuleView change(@PathVariable String id, @Valid @RequestBody ChangeRule request, PlatformUser user) {
        Rule rule = visible(id, user);
        if (rule.getVillageId() == null && !user.hasRole(Roles.COUNTY_ADMIN)) {
            throw new AccessDeniedException("Only a county admin changes county rules");
        }
        if (!rule.getVersion().equals(request.version())) {
            throw new ConflictException("Rule '" + id + "' was changed meanwhile (version " + rule.getVersion() + ")");
        }
        rule.change(request.behaviour(), request.category(), request.points(), request.evidenceRequired(),
                request.capPerMonth(), request.active(), user.subject(), clock.instant());
        return RuleView.of(rules.save(rule));
    }

    private Rule visible(String id, PlatformUser user) {
        return rules.findById(id)
                .filter(rule -> rule.getVillageId() == null || user.mayAccess(rule.getTownshipId(), rule.getVillageId()))
                .orElseThrow(() -> new NotFoundException("Rule", id));
    }
}
