package org.villagegov.points.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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
import org.villagegov.platform.data.ScopeCriteria;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.web.PageResponse;
import org.villagegov.points.household.Households;

/** Corrections of passbooks: proposed on the passbook, decided by a second person. */
@RestController
@RequestMapping("/api/v1/points")
@Validated
class CorrectionController {

    static final String DECIDERS = "hasAnyRole('village-cadre','township-officer','county-admin')";
    static final String READERS = "hasAnyRole('county-admin','township-officer','village-cadre','points-clerk','integrator')";

    private final CorrectionService service;
    private final PlaceGuard places;
    private final Households households;
    private final MongoTemplate mongo;

    CorrectionController(CorrectionService service, PlaceGuard places, Households households, MongoTemplate mongo) {
        this.service = service;
        this.places = places;
        this.households = households;
        this.mongo = mongo;
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
            return new CorrectionView(c.getId(), c.getHouseholdId(), c.getTownshipId(), c.getVillageId(), c.getAmount(),
                    c.getCategory(), c.getReason(), c.getStatus(), c.getProposedBy(), c.getProposedAt(), c.getDecidedBy(),
                    c.getDecidedAt(), c.getRejectionReason(), c.getVersion());
        }
    }

    /** Nothing reaches the passbook yet: a second person approves or rejects. */
    @PostMapping("/accounts/{householdId}/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('county-admin','village-cadre')")
    CorrectionView propose(@PathVariable String householdId, @Valid @RequestBody Propose request, PlatformUser user) {
        return CorrectionView.of(service.propose(householdId, request.amount(), request.category(), request.reason(), user));
    }

    @PostMapping("/corrections/{id}/approve")
    @PreAuthorize(DECIDERS)
    CorrectionView approve(@PathVariable String id, PlatformUser user) {
        return CorrectionView.of(service.approve(id, user));
    }

    @PostMapping("/corrections/{id}/reject")
    @PreAuthorize(DECIDERS)
    CorrectionView reject(@PathVariable String id, @Valid @RequestBody Reason request, PlatformUser user) {
        return CorrectionView.of(service.reject(id, request.reason(), user));
    }

    @GetMapping("/corrections/{id}")
    @PreAuthorize(READERS)
    CorrectionView get(@PathVariable String id, PlatformUser user) {
        return CorrectionView.of(service.visible(id, user));
    }

    @GetMapping("/corrections")
    @PreAuthorize(READERS)
    PageResponse<CorrectionView> list(@RequestParam(required = false) String villageId,
                                      @RequestParam(required = false) String householdId,
                                      @RequestParam(required = false) Correction.Status status,
                                      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                      @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size, PlatformUser user) {
        List<Criteria> filters = new ArrayList<>(List.of(ScopeCriteria.of(user)));
        if (villageId != null) {
            places.village(villageId, user, "villageId");
            filters.add(Criteria.where("villageId").is(villageId));
        }
        if (householdId != null) {
            households.filter(householdId, user, "householdId");
            filters.add(Criteria.where("householdId").is(householdId));
        }
        if (status != null) {
            filters.add(Criteria.where("status").is(status));
        }
        Criteria criteria = new Criteria().andOperator(filters);
        var pageable = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "proposedAt"));
        var found = mongo.find(Query.query(criteria).with(pageable), Correction.class);
        return PageResponse.of(PageableExecutionUtils.getPage(found, pageable,
                () -> mongo.count(Query.query(criteria), Correction.class)), CorrectionView::of);
    }
}
