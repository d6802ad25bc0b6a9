package org.villagegov.points.award;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.web.PageResponse;
import org.villagegov.platform.place.HouseholdPlace;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.points.rule.EffectiveRule;

@RestController
@RequestMapping("/api/v1/points/awards")
@Validated
class AwardController {

    static final String PROPOSERS = "hasAnyRole('grid-worker','village-cadre','township-officer','county-admin')";
    static final String DECIDERS = "hasAnyRole('village-cadre','township-officer','county-admin')";
    static final String STAFF = "hasAnyRole('county-admin','township-officer','village-cadre','council-member',"
            + "'grid-worker','points-clerk','integrator')";

    private final AwardService service;
    private final PlaceGuard places;
    private final MongoTemplate mongo;

    AwardController(AwardService service, PlaceGuard places, MongoTemplate mongo) {
        this.service = service;
        this.places = places;
        this.mongo = mongo;
    }

    record Propose(@NotBlank @Size(max = 64) String householdId, @NotBlank @Size(max = 40) String ruleCode,
                   @Size(max = 2000) String evidence, @NotNull LocalDate occurredOn) {
    }

    record ProposeBulk(@NotEmpty @Size(max = 200) List<@NotBlank @Size(max = 64) String> householdIds,
                       @NotBlank @Size(max = 40) String ruleCode, @Size(max = 2000) String evidence,
                       @NotNull LocalDate occurredOn) {
    }

    record Reason(@NotBlank @Size(max = 1000) String reason) {
    }

    record AwardView(String id, String householdId, String townshipId, String villageId, String ruleCode,
                     int ruleVersion, int points, String evidence, LocalDate occurredOn, Award.Status status,
                     String proposedBy, Instant proposedAt, String approvedBy, Instant noticeUntil, String rejectedBy,
                     String rejectionReason, Instant creditedAt, List<Award.Objection> objections, String bulkId,
                     Long version) {
        static AwardView of(Award a) {
            return new AwardView(a.getId(), a.getHouseholdId(), a.getTownshipId(), a.getVillageId(), a.getRuleCode(),
                    a.getRuleVersion(), a.getPoints(), a.getEvidence(), a.getOccurredOn(), a.getStatus(),
                    a.getProposedBy(), a.getProposedAt(), a.getApprovedBy(), a.getNoticeUntil(), a.getRejectedBy(),
                    a.getRejectionReason(), a.getCreditedAt(), a.getObjections(), a.getBulkId(), a.getVersion());
        }
    }

    /** What the village board shows: no evidence notes, no names of officials. */
    record BoardItem(String awardId, String householdId, String ruleCode, int points, LocalDate occurredOn,
                     Instant noticeUntil) {
    }

    record Refused(String householdId, String reason) {
    }

    record BulkResult(String bulkId, List<AwardView> proposed, List<Refused> refused) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(PROPOSERS)
    AwardView propose(@Valid @RequestBody Propose request, PlatformUser user) {
        service.checkOccurredOn(request.occurredOn());
        HouseholdPlace household = service.household(request.householdId(), user);
        EffectiveRule rule = service.ruleFor(request.ruleCode(), request.evidence(), household, request.occurredOn());
        return AwardView.of(service.propose(household, rule, request.evidence(), request.occurredOn(), null, user));
    }

    /**
     * Everyone who cleaned the river: every household and the rule are checked first, so a bad
     * list stores nothing; a household at its cap is reported back, the others are proposed.
     */
    @PostMapping("/bulk")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(PROPOSERS)
    BulkResult proposeBulk(@Valid @RequestBody ProposeBulk request, PlatformUser user) {
        var ids = new LinkedHashSet<>(request.householdIds());
        if (ids.size() != request.householdIds().size()) {
            throw new RuleViolationException("householdIds", "A household is listed twice");
        }
        service.checkOccurredOn(request.occurredOn());
        List<HouseholdPlace> households = service.households(ids, user);
        List<EffectiveRule> rules = households.stream()
                .map(h -> service.ruleFor(request.ruleCode(), request.evidence(), h, request.occurredOn())).toList();
        String bulkId = UUID.randomUUID().toString();
        List<AwardView> proposed = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        for (int i = 0; i < households.size(); i++) {
            try {
                proposed.add(AwardView.of(service.propose(households.get(i), rules.get(i), request.evidence(),
                        request.occurredOn(), bulkId, user)));
            } catch (RuleViolationException e) {
                refused.add(new Refused(households.get(i).householdId(), e.getMessage()));
            }
        }
        return new BulkResult(bulkId, proposed, refused);
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize(DECIDERS)
    AwardView approve(@PathVariable String id, PlatformUser user) {
        return AwardView.of(service.approve(id, user));
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize(DECIDERS)
    AwardView reject(@PathVariable String id, @Valid @RequestBody Reason request, PlatformUser user) {
        return AwardView.of(service.reject(id, request.reason(), user));
    }

    /** Anyone of the village may object while the award is on the board. */
    @PostMapping("/{id}/objections")
    @PreAuthorize("hasAnyRole('villager','council-member','grid-worker','village-cadre','township-officer','county-admin')")
    AwardView object(@PathVariable String id, @Valid @RequestBody Reason request, PlatformUser user) {
        return AwardView.of(service.object(id, request.reason(), user));
    }

    @GetMapping("/{id}")
    @PreAuthorize(STAFF)
    AwardView get(@PathVariable String id, PlatformUser user) {
        return AwardView.of(service.visible(id, user));
    }

    @GetMapping
    @PreAuthorize(STAFF)
    PageResponse<AwardView> list(@RequestParam(required = false) String villageId,
                                 @RequestParam(required = false) Award.Status status,
                                 @RequestParam(required = false) String householdId,
                                 @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                 @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size, PlatformUser user) {
        List<Criteria> filters = new ArrayList<>(List.of(places.listScope(user, villageId)));
        if (status != null) {
            filters.add(Criteria.where("status").is(status));
        }
        if (householdId != null) {
            places.householdFilter(householdId, user, "householdId");
            filters.add(Criteria.where("householdId").is(householdId));
        }
        return page(new Criteria().andOperator(filters), page, size, AwardView::of);
    }

    @GetMapping("/board")
    @PreAuthorize("hasAnyRole('villager','council-member','grid-worker','village-cadre','township-officer',"
            + "'points-clerk','county-admin','integrator')")
    PageResponse<BoardItem> board(@RequestParam(required = false) String villageId,
                                  @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                  @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size, PlatformUser user) {
        List<Criteria> filters = new ArrayList<>(List.of(places.listScope(user, villageId), Criteria.where("status").is(Award.Status.APPROVED)));
        return page(new Criteria().andOperator(filters), page, size, a -> new BoardItem(a.getId(), a.getHouseholdId(),
                a.getRuleCode(), a.getPoints(), a.getOccurredOn(), a.getNoticeUntil()));
    }

    private <T> PageResponse<T> page(Criteria criteria, int page, int size, java.util.function.Function<Award, T> view) {
        var pageable = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "proposedAt"));
        var found = mongo.find(Query.query(criteria).with(pageable), Award.class);
        return PageResponse.of(PageableExecutionUtils.getPage(found, pageable,
                () -> mongo.count(Query.query(criteria), Award.class)), view);
    }
}
