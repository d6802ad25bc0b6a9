package org.villagegov.points.lists;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.place.HouseholdPlace;
import org.villagegov.platform.place.Place;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.web.PageResponse;
import org.villagegov.points.config.PointsProperties;
import org.villagegov.points.account.EntryDates;
import org.villagegov.points.period.QueryDates;

/**
 * Red and black lists. Computation looks at what households earned and were deducted in the
 * period (award and event entries whose deed happened in it, whenever they were credited), not
 * at their balance: a household that once earned much and now gambles is still listed black.
 * The village and its township come from the grid, never from the request.
 */
@RestController
@RequestMapping("/api/v1/points/lists")
@Validated
class ListController {

    private final MongoTemplate mongo;
    private final PlaceGuard places;
    private final PointsProperties properties;
    private final Clock clock;

    ListController(MongoTemplate mongo, PlaceGuard places, PointsProperties properties, Clock clock) {
        this.mongo = mongo;
        this.places = places;
        this.properties = properties;
        this.clock = clock;
    }

    /** {@code townshipId} is optional: the village's township is the grid's, and a different one is refused. */
    record Compute(@Size(max = 64) String townshipId, @NotBlank @Size(max = 64) String villageId,
                   @NotNull LocalDate periodStart, @NotNull LocalDate periodEnd) {
    }

    record Designate(@NotBlank @Size(max = 64) String householdId, @NotNull ListEntry.Kind kind,
                     @NotBlank @Size(max = 1000) String reason, @NotNull LocalDate periodStart,
                     @NotNull LocalDate periodEnd) {
    }

    record EntryView(String id, ListEntry.Kind kind, String householdId, String villageId, LocalDate periodStart,
                     LocalDate periodEnd, ListEntry.Basis basis, String reason, long earned, long deducted) {
        static EntryView of(ListEntry e) {
            return new EntryView(e.getId(), e.getKind(), e.getHouseholdId(), e.getVillageId(), e.getPeriodStart(),
                    e.getPeriodEnd(), e.getBasis(), e.getReason(), e.getEarned(), e.getDeducted());
        }
    }

    record Computed(int red, int black, int alreadyListed) {
    }

    @PostMapping("/computations")
    @PreAuthorize("hasAnyRole('village-cadre','township-officer','county-admin')")
    Computed compute(@Valid @RequestBody Compute request, PlatformUser user) {
        checkPeriod(request.periodStart(), request.periodEnd());
        Place village = places.village(request.villageId(), request.townshipId(), user, "villageId", "townshipId");
        Query accounts = Query.query(Criteria.where("villageId").is(village.id()));
        accounts.fields().include("entries");
        int red = 0;
        int black = 0;
        int already = 0;
        for (Document account : mongo.find(accounts, Document.class, "accounts")) {
            long earned = 0;
            long deducted = 0;
            for (Document entry : account.getList("entries", Document.class, List.of())) {
                String source = entry.getString("source");
                LocalDate day = EntryDates.dayOf(entry);
                if (("AWARD".equals(source) || "EVENT".equals(source)) && day != null
                        && !day.isBefore(request.periodStart()) && !day.isAfter(request.periodEnd())) {
                    long amount = ((Number) entry.get("amount")).longValue();
                    if (amount > 0) {
                        earned += amount;
                    } else {
                        deducted -= amount;
                    }
                }
            }
            ListEntry.Kind kind = deducted >= properties.blackMinDeducted() ? ListEntry.Kind.BLACK
                    : earned >= properties.redMinEarned() && deducted == 0 ? ListEntry.Kind.RED : null;
            if (kind == null) {
                continue;
            }
            String reason = kind == ListEntry.Kind.BLACK ? deducted + " points deducted in the period"
                    : earned + " points earned in the period";
            try {
                mongo.insert(ListEntry.publish(kind, account.getString("_id"), village.townshipId(), village.id(), request.periodStart(), request.periodEnd(), ListEntry.Basis.COMPUTED, reason,
                        earned, deducted, user.subject(), clock.instant()));
                if (kind == ListEntry.Kind.BLACK) {
                    black++;
                } else {
                    red++;
                }
            } catch (DuplicateKeyException listedBefore) {
                already++;
            }
        }
        return new Computed(red, black, already);
    }

    @PostMapping("/designations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('village-cadre','township-officer','county-admin')")
    EntryView designate(@Valid @RequestBody Designate request, PlatformUser user) {
        checkPeriod(request.periodStart(), request.periodEnd());
        HouseholdPlace household = places.household(request.householdId(), user, "householdId");
        try {
            return EntryView.of(mongo.insert(ListEntry.publish(request.kind(), household.householdId(),
                    household.townshipId(), household.villageId(), request.periodStart(), request.periodEnd(),
                    ListEntry.Basis.DESIGNATED, request.reason(), 0, 0, user.subject(), clock.instant())));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Household " + household.householdId() + " is already on this list for the period");
        }
    }

    /** Published lists are public inside the village, villagers included. */
    @GetMapping
    @PreAuthorize("hasAnyRole('county-admin','township-officer','village-cadre','council-member','grid-worker',"
            + "'points-clerk','villager','integrator')")
    PageResponse<EntryView> list(@RequestParam(required = false) String villageId,
                                 @RequestParam(required = false) ListEntry.Kind kind,
                                 @RequestParam(required = false) LocalDate periodStart,
                                 @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                 @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size, PlatformUser user) {
        QueryDates.plausible(periodStart, "periodStart");
        List<Criteria> filters = new ArrayList<>(List.of(places.listScope(user, villageId)));
        if (kind != null) {
            filters.add(Criteria.where("kind").is(kind));
        }
        if (periodStart != null) {
            filters.add(Criteria.where("periodStart").is(periodStart));
        }
        Criteria criteria = new Criteria().andOperator(filters);
        var pageable = PageRequest.of(page, size, Sort.by("_id"));
        var found = mongo.find(Query.query(criteria).with(pageable), ListEntry.class);
        return PageResponse.of(PageableExecutionUtils.getPage(found, pageable,
                () -> mongo.count(Query.query(criteria), ListEntry.class)), EntryView::of);
    }

    private static void checkPeriod(LocalDate start, LocalDate end) {
        QueryDates.period(start, "periodStart", end, "periodEnd");
        if (ChronoUnit.DAYS.between(start, end) > 366) {
            throw new RuleViolationException("periodEnd", "A list covers at most a year");
        }
    }
}
