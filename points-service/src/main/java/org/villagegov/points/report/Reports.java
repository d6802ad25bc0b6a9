package org.villagegov.points.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.villagegov.platform.place.Place;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.place.PlaceKind;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.points.account.Movements;
import org.villagegov.points.account.PassbookTotals;
import org.villagegov.points.lists.ListQueries;
import org.villagegov.points.period.QueryDates;

/**
 * Leaderboards and county reports, from the passbooks' totals ({@link PassbookTotals}) so they
 * always agree with the balances. Periods are whole county days, both ends included; the
 * default is the current month.
 */
@Service
class Reports {

    private final PassbookTotals totals;
    private final ListQueries lists;
    private final PlaceGuard places;
    private final CountyTime time;

    Reports(PassbookTotals totals, ListQueries lists, PlaceGuard places, CountyTime time) {
        this.totals = totals;
        this.lists = lists;
        this.places = places;
        this.time = time;
    }

    record Ranked(int rank, String householdId, String gridId, long points) {
    }

    record Ranking(String villageId, String gridId, LocalDate from, LocalDate to, List<Ranked> leaders) {
    }

    /** The county's figures of a period, and every point explained since the passbooks were opened. */
    record CountyFigures(LocalDate from, LocalDate to, Movements period, Movements ever, long householdsActive,
                         long accounts, long balanceTotal, long redListed, long blackListed) {

        /** issued − deducted + corrections − redeemed + refunds must equal the sum of the balances. */
        boolean balanced() {
            return ever.expectedBalance() == balanceTotal;
        }
    }

    /** Net points earned (awards and events) in the period, per household of a village or one of its grids. */
    Ranking leaderboard(String villageId, String gridId, LocalDate from, LocalDate to, int limit, PlatformUser user) {
        QueryDates.Period period = QueryDates.periodOrThisMonth(from, "from", to, "to", time.today());
        Place village = places.village(villageId, user, "villageId");
        if (gridId != null) {
            places.placeIn(gridId, PlaceKind.MICRO_GRID, village.id(), "gridId");
        }
        List<Ranked> unranked = new ArrayList<>();
        for (var household : totals.ofVillage(village.id(), gridId, user, period.start(), period.end())) {
            if (household.movements().active()) {
                unranked.add(new Ranked(0, household.householdId(), household.gridId(), household.movements().earnedNet()));
            }
        }
        unranked.sort(Comparator.comparingLong(Ranked::points).reversed().thenComparing(Ranked::householdId));
        List<Ranked> leaders = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, unranked.size()); i++) {
            Ranked l = unranked.get(i);
            leaders.add(new Ranked(i + 1, l.householdId(), l.gridId(), l.points()));
        }
        return new Ranking(villageId, gridId, period.start(), period.end(), List.copyOf(leaders));
    }

    CountyFigures county(LocalDate from, LocalDate to) {
        QueryDates.Period period = QueryDates.periodOrThisMonth(from, "from", to, "to", time.today());
        return figures(period.start(), period.end());
    }

    private CountyFigures figures(LocalDate start, LocalDate end) {
        PassbookTotals.CountyTotals county = totals.ofCounty(start, end);
        return new CountyFigures(start, end, county.period(), county.ever(), county.householdsActive(),
                county.accounts(), county.balanceTotal(), lists.redListed(start, end), lists.blackListed(start, end));
    }
}
