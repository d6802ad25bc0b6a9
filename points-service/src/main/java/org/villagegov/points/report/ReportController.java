package org.villagegov.points.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
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
import org.villagegov.platform.time.CountyTime;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.ProvinceScope;

/**
 * Figures read from the passbooks' entries, so they always agree with the balances. Periods
 * are whole days in UTC, {@code from} and {@code to} included; the default is the current month.
 */
@RestController
@RequestMapping("/api/v1/points")
@Validated
class ReportController {

    private final MongoTemplate mongo;
    private final ProvinceScope province;
    private final Clock clock;

    ReportController(MongoTemplate mongo, ProvinceScope province, Clock clock) {
        this.mongo = mongo;
        this.province = province;
        this.clock = clock;
    }

    record Leader(int rank, String householdId, String gridId, long points) {
    }

    record Leaderboard(String villageId, String gridId, LocalDate from, LocalDate to, List<Leader> leaders) {
    }

    record CountyReport(LocalDate from, LocalDate to, long pointsIssued, long pointsDeducted, long pointsRedeemed,
                        long pointsRefunded, long householdsActive, long accounts, long balanceTotal, long redListed,
                        long blackListed) {
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
        checkPeriod(start, end);
        List<Criteria> filters = new ArrayList<>(List.of(ScopeCriteria.of(user), Criteria.where("villageId").is(villageId)));
        if (gridId != null) {
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
        checkPeriod(start, end);
        return report(start, end);
    }

    /** The same report for every county of the provincial admin's province, side by side. */
    @GetMapping("/province/report")
    @PreAuthorize("hasRole('provincial-admin')")
    Map<String, CountyReport> province(@RequestParam(required = false) LocalDate from,
                                       @RequestParam(required = false) LocalDate to, PlatformUser user) {
        LocalDate start = from != null ? from : CountyTime.today(clock).withDayOfMonth(1);
        LocalDate end = to != null ? to : CountyTime.today(clock);
        checkPeriod(start, end);
        return province.perCounty(user, () -> report(start, end));
    }

    private CountyReport report(LocalDate start, LocalDate end) {
        long issued = 0;
        long deducted = 0;
        long redeemed = 0;
        long refunded = 0;
        long active = 0;
        long accounts = 0;
        long balances = 0;
        Query all = new Query();
        all.fields().include("balance", "entries");
        for (Document account : mongo.find(all, Document.class, "accounts")) {
            Totals totals = Totals.of(account, start, end);
            accounts++;
            balances += ((Number) account.get("balance")).longValue();
            issued += totals.issued;
            deducted += totals.deducted;
            redeemed += totals.redeemed;
            refunded += totals.refunded;
            active += totals.active ? 1 : 0;
        }
        Criteria overlapping = Criteria.where("periodStart").lte(end).and("periodEnd").gte(start);
        long red = mongo.count(Query.query(Criteria.where("kind").is("RED").andOperator(overlapping)), "list_entries");
        long black = mongo.count(Query.query(Criteria.where("kind").is("BLACK").andOperator(overlapping)), "list_entries");
        return new CountyReport(start, end, issued, deducted, redeemed, refunded, active, accounts, balances, red, black);
    }

    private static void checkPeriod(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            throw new RuleViolationException("to", "The period ends before it starts");
        }
    }

    /** One household's movements in a period, by kind. */
    private static final class Totals {
        long issued;
        long deducted;
        long redeemed;
        long refunded;
        boolean active;

        static Totals of(Document account, LocalDate start, LocalDate end) {
            Date from = Date.from(start.atStartOfDay(CountyTime.ZONE).toInstant());
            Date to = Date.from(end.plusDays(1).atStartOfDay(CountyTime.ZONE).toInstant());
            Totals totals = new Totals();
            for (Document entry : account.getList("entries", Document.class, List.of())) {
                Date at = entry.getDate("at");
                if (at == null || at.before(from) || !at.before(to)) {
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
                    default -> {
                        // corrections are neither earned nor redeemed
                    }
                }
            }
            return totals;
        }
    }
}
