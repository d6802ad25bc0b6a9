package org.villagegov.points.lists;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.place.HouseholdPlace;
import org.villagegov.platform.place.Place;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.points.account.PassbookTotals;
import org.villagegov.points.config.PointsProperties;
import org.villagegov.points.period.QueryDates;

/**
 * Red and black lists. Computation judges each household of the village by what it earned and
 * was deducted in the period (award and event entries whose deed happened in it, whenever they
 * were credited). The village and its township come from the grid, never from the request.
 */
@Service
class Lists {

    private final PassbookTotals totals;
    private final ListQueries queries;
    private final MongoTemplate mongo;
    private final PlaceGuard places;
    private final ListRules rules;
    private final CountyTime time;

    Lists(PassbookTotals totals, ListQueries queries, MongoTemplate mongo, PlaceGuard places, PointsProperties properties,
          CountyTime time) {
        this.totals = totals;
        this.queries = queries;
        this.mongo = mongo;
        this.places = places;
        this.rules = new ListRules(properties.redMinEarned(), properties.blackMinDeducted());
        this.time = time;
    }

    /** How many households a computation newly listed, and how many were listed for the period before. */
    record Computed(int red, int black, int alreadyListed) {
    }

    Computed compute(String townshipId, String villageId, LocalDate periodStart, LocalDate periodEnd, PlatformUser user) {
        checkPeriod(periodStart, periodEnd);
        Place village = places.village(villageId, townshipId, user, "villageId", "townshipId");
        int red = 0;
        int black = 0;
        int already = 0;
        for (PassbookTotals.HouseholdTotals household : totals.ofVillage(village.id(), periodStart, periodEnd)) {
            Optional<ListRules.Verdict> verdict = rules.judge(household.movements());
            if (verdict.isEmpty()) {
                continue;
            }
            ListEntry.Kind kind = verdict.get().kind();
            try {
                mongo.insert(ListEntry.publish(kind, household.householdId(), village.townshipId(), village.id(),
                        periodStart, periodEnd, ListEntry.Basis.COMPUTED, verdict.get().reason(),
                        household.movements().issued(), household.movements().deducted(), user.subject(),
                        time.now()));
                if (kind == ListEntry.Kind.BLACK) {
                    black++;
                } else {
                    red++;
                }
            } catch (DuplicateKeyException listedBefore) {
                already++;
            }
        }
        // recorded last, so its lists.computed follows every entry it published
        mongo.insert(ListComputation.record(UUID.randomUUID().toString(), village.townshipId(), village.id(),
                periodStart, periodEnd, red, black, already, user.subject(), time.now()));
        return new Computed(red, black, already);
    }

    ListEntry designate(String householdId, ListEntry.Kind kind, String reason, LocalDate periodStart,
                        LocalDate periodEnd, PlatformUser user) {
        checkPeriod(periodStart, periodEnd);
        HouseholdPlace household = places.household(householdId, user, "householdId");
        try {
            return mongo.insert(ListEntry.publish(kind, household.householdId(), household.townshipId(),
                    household.villageId(), periodStart, periodEnd, ListEntry.Basis.DESIGNATED, reason, 0, 0,
                    user.subject(), time.now()));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Household " + household.householdId() + " is already on this list for the period");
        }
    }

    Page<ListEntry> list(String villageId, ListEntry.Kind kind, LocalDate periodStart, Pageable pageable,
                         PlatformUser user) {
        QueryDates.plausible(periodStart, "periodStart");
        return queries.page(places.listScope(user, villageId), kind, periodStart, pageable);
    }

    private static void checkPeriod(LocalDate start, LocalDate end) {
        QueryDates.period(start, "periodStart", end, "periodEnd");
        if (ChronoUnit.DAYS.between(start, end) > 366) {
            throw new RuleViolationException("periodEnd", "A list covers at most a year");
        }
    }
}
