package org.villagegov.points.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.platform.data.ScopeCriteria;
import org.villagegov.platform.place.Place;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.place.PlaceKind;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.ProvinceScope;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.points.account.EntryDates;
import org.villagegov.points.period.QueryDates;

/**
 * Figures read from the passbooks' entries, so they always agree with the balances. Periods
 * are whole county days, {@code from} and {@code to} included; the default is the current month.
 * A deed counts on the day it happened, everything else on the day it was written.
 */
@RestController
@RequestMapping("/api/v1/points")
@Validated
class ReportController {

    private final MongoTemplate mongo;
    private final ProvinceScope province;
    private final PlaceGuard places;
    private final Clock clock;

    ReportController(MongoTemplate mongo, ProvinceScope province, PlaceGuard places, Clock clock) {
        this.mongo = mongo;
        this.province = province;
        this.places = places;
        this.clock = clock;
    }

    record Leader(int rank, String householdId, String gridId, long points) {
    }

    record Leaderboard(String villageId, String gridId, LocalDate from, LocalDate to, List<Leader> leaders) {
    }

    /**
     * Every point in the passbooks explained, since they were opened: issued − deducted +
     * corrections − redeemed + refunds must equal the sum of the balances.
     */
    record Reconciliation(long issued, long deducted, long corrections, long redeemed, long refunds,
                          long expectedBalance, long sumOfBalances, boolean balanced) {
    }

    record CountyReport(LocalDate from, LocalDate to, long pointsIssued, long pointsDeducted, long pointsCorrected,
                        long pointsRedeemed, long pointsRefunded, long householdsActive, long accounts, long balanceTotal,
                        long redListed, long blackListed, Reconciliation reconciliation) {
    }

    /** Net points earned (awards and events) in the period, per household of a village or one of its grids. */
    @GetMapping("/leaderboard")
    @PreAuthorize("hasAnyRole('county-admin','township-officer','village-cadre','council-member','grid-worker',"
            + "'points-clerk','villager','integrator')")
    Leaderboard leaderboard(@RequestParam String villageId, @RequestParam(required = false) String gridId,
                            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int limit, PlatformUser user) {
        LocalDate start = from != null ? from : CountyTime.today(clock).withDayOfMonth(1);
        LocalDate end = to != null ? to : CountyTime.today(clock);
        QueryDates.period(start, "from", end, "to");
        Place village = places.village(villageId, user, "villageId");
        List<Criteria> filters = new ArrayList<>(List.of(ScopeCriteria.of(user), Criteria.where("villageId").is(village.id())));
        if (gridId != null) {
            places.placeIn(gridId, PlaceKind.MICRO_GRID, village.id(), "gridId");
            filters.add(Criteria.where("gridId").is(gridId));
        }
        Query accounts = Query.query(new Criteria().andOperator(filters));
        accounts.fields().include("gridId", "entries");
        List<Leader> unranked = new ArrayList<>();
        for (Document account : mongo.find(accounts, Document.class, "accounts")) {
            Totals totals = Totals.of(account, start, end);
            if (totals.active) {
                unranked.add(new Leader(0, account.getString("_id"), account.getString("gridId"), totals.issued - totals.deducted));
            }
        }
        unranked.sort(Comparator.comparingLong(Leader::points).reversed().thenComparing(Leader::householdId));
        List<Leader> leaders = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, unranked.size()); i++) {
            Leader l = unranked.get(i);
            leaders.add(new Leader(i + 1, l.householdId(), l.gridId(), l.points()));
        }
        return new Leaderboard(villageId, gridId, start, end, leaders);
    }

    @GetMapping("/report")
    @PreAuthorize("hasAnyRole('county-admin','integrator')")
    CountyReport county(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        LocalDate start = from != null ? from : CountyTime.today(clock).withDayOfMonth(1);
        LocalDate end = to != null ? to : CountyTime.today(clock);
        QueryDates.period(start, "from", end, "to");
        return report(start, end);
    }

    /** The same report for every county of the provincial admin's province, side by side. */
    @GetMapping("/province/report")
    @PreAuthorize("hasRole('provincial-admin')")
    Map<String, CountyReport> province(@RequestParam(required = false) LocalDate from,
                                       @RequestParam(required = false) LocalDate to, PlatformUser user) {
        LocalDate start = from != null ? from : CountyTime.today(clock).withDayOfMonth(1);
        LocalDate end = to != null ? to : CountyTime.today(clock);
        QueryDates.period(start, "from", end, "to");
        return province.perCounty(user, () -> report(start, end));
    }

    private CountyReport report(LocalDate start, LocalDate end) {
        Totals period = new Totals();
        Totals ever = new Totals();
        long active = 0;
        long accounts = 0;
        long balances = 0;
        Query all = new Query();
        all.fields().include("balance", "entries");
        for (Document account : mongo.find(all, Document.class, "accounts")) {
            Totals inPeriod = Totals.of(account, start, end);
            period.add(inPeriod);
            ever.add(Totals.of(account, null, null));
            accounts++;
            balances += ((Number) account.get("balance")).longValue();
            active += inPeriod.active ? 1 : 0;
        }
        Criteria overlapping = Criteria.where("periodStart").lte(end).and("periodEnd").gte(start);
        long red = mongo.count(Query.query(Criteria.where("kind").is("RED").andOperator(overlapping)), "list_entries");
        long black = mongo.count(Query.query(Criteria.where("kind").is("BLACK").andOperator(overlapping)), "list_entries");
        long expected = ever.issued - ever.deducted + ever.corrected - ever.redeemed + ever.refunded;
        Reconciliation reconciliation = new Reconciliation(ever.issued, ever.deducted, ever.corrected, ever.redeemed,
                ever.refunded, expected, balances, expected == balances);
        return new CountyReport(start, end, period.issued, period.deducted, period.corrected, period.redeemed,
                period.refunded, active, accounts, balances, red, black, reconciliation);
    }

    /** One household's movements in a period (or ever, without bounds), by kind. */
    private static final class Totals {
        long issued;
        long deducted;
        long corrected;
        long redeemed;
        long refunded;
        boolean active;

        void add(Totals other) {
            issued += other.issued;
            deducted += other.deducted;
            corrected += other.corrected;
            redeemed += other.redeemed;
            refunded += other.refunded;
        }

        static Totals of(Document account, LocalDate start, LocalDate end) {
            Totals totals = new Totals();
            for (Document entry : account.getList("entries", Document.class, List.of())) {
                LocalDate day = EntryDates.dayOf(entry);
                if (start != null && (day == null || day.isBefore(start) || day.isAfter(end))) {
                    continue;
                }
                long amount = ((Number) entry.get("amount")).longValue();
                switch (entry.getString("source")) {
                    case "AWARD", "EVENT" -> {
                        totals.active = true;
                        if (amount > 0) {
                            totals.issued += amount;
                        } else {
                            totals.deducted -= amount;
                        }
                    }
                    case "REDEMPTION" -> {
                        totals.active = true;
                        totals.redeemed -= amount;
                    }
                    case "REFUND" -> totals.refunded += amount;
                    case "CORRECTION" -> totals.corrected += amount;
                    default -> {
                        // an unknown source would break the reconciliation, which then shows it
                    }
                }
            }
            return totals;
        }
    }
}
