package org.villagegov.points.account;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.villagegov.platform.data.ScopeCriteria;
import org.villagegov.platform.security.PlatformUser;

/**
 * Figures read from the passbooks' lines (only those each account holds, read after the account:
 * {@link AccountQueries#forEachHeldLine}), so they always agree with the balances: the single
 * source of the totals the red and black lists, the leaderboard and the county report show.
 * A deed counts on the day it happened, everything else on the day it was written.
 */
@Component
public class PassbookTotals {

    private final MongoTemplate mongo;
    private final AccountQueries queries;

    PassbookTotals(MongoTemplate mongo, AccountQueries queries) {
        this.mongo = mongo;
        this.queries = queries;
    }

    /** One household's movements in a period. */
    public record HouseholdTotals(String householdId, String gridId, Movements movements) {
    }

    /** The county's passbooks in a period and since they were opened. */
    public record CountyTotals(Movements period, Movements ever, long accounts, long balanceTotal,
                               long householdsActive) {
    }

    /** Every passbook of a village (which the caller was already checked for). */
    public List<HouseholdTotals> ofVillage(String villageId, LocalDate from, LocalDate to) {
        return households(List.of(Criteria.where("villageId").is(villageId)), from, to);
    }

    /** The passbooks of a village, or of one micro-grid of it, inside what the viewer may see. */
    public List<HouseholdTotals> ofVillage(String villageId, String gridId, PlatformUser viewer, LocalDate from,
                                           LocalDate to) {
        List<Criteria> filters = new ArrayList<>(List.of(ScopeCriteria.of(viewer), Criteria.where("villageId").is(villageId)));
        if (gridId != null) {
            filters.add(Criteria.where("gridId").is(gridId));
        }
        return households(filters, from, to);
    }

    public CountyTotals ofCounty(LocalDate from, LocalDate to) {
        Map<String, List<PassbookEntry>> lines = new HashMap<>();
        Map<String, Account> accounts = queries.forEachHeldLine(new Criteria(), true,
                (account, line) -> lines.computeIfAbsent(account.id(), id -> new ArrayList<>()).add(line));
        Movements period = Movements.NONE;
        Movements ever = Movements.NONE;
        long balances = 0;
        long active = 0;
        for (Account account : accounts.values()) {
            List<PassbookEntry> held = lines.getOrDefault(account.id(), List.of());
            Movements inPeriod = Movements.of(held, from, to);
            period = period.plus(inPeriod);
            ever = ever.plus(Movements.of(held, null, null));
            balances += account.balance();
            active += inPeriod.active() ? 1 : 0;
        }
        return new CountyTotals(period, ever, accounts.size(), balances, active);
    }

    /**
     * One household's movements day by day, each entry on the day it counts on (as everywhere
     * here): what the indicators keep, so their sums agree with this class's period totals.
     */
    public record HouseholdDays(String householdId, String townshipId, SortedMap<LocalDate, Movements> days) {
    }

    /** Every passbook of a village, day by day (read by the village's id; only the fields a day needs). */
    public List<HouseholdDays> daysOfVillage(String villageId) {
        return daysBy(Criteria.where("villageId").is(villageId), false).getOrDefault(villageId, List.of());
    }

    /** Every village's households' days at once, by village: one read of the passbooks (reconciliation). */
    public Map<String, List<HouseholdDays>> daysByVillage() {
        return daysBy(new Criteria(), true);
    }

    private Map<String, List<HouseholdDays>> daysBy(Criteria criteria, boolean wholeCounty) {
        Map<String, Map<LocalDate, List<PassbookEntry>>> byHousehold = new HashMap<>();
        Map<String, Account> accounts = queries.forEachHeldLine(criteria, wholeCounty, (account, line) -> {
            LocalDate day = line.countsOn();
            if (day != null) {
                byHousehold.computeIfAbsent(account.id(), id -> new TreeMap<>())
                        .computeIfAbsent(day, d -> new ArrayList<>()).add(line);
            }
        });
        Map<String, List<HouseholdDays>> byVillage = new TreeMap<>();
        for (Account account : accounts.values()) {
            if (account.villageId() == null) {
                continue;
            }
            SortedMap<LocalDate, Movements> days = new TreeMap<>();
            byHousehold.getOrDefault(account.id(), Map.of())
                    .forEach((day, lines) -> days.put(day, Movements.of(lines, null, null)));
            byVillage.computeIfAbsent(account.villageId(), v -> new ArrayList<>())
                    .add(new HouseholdDays(account.id(), account.townshipId(), Collections.unmodifiableSortedMap(days)));
        }
        byVillage.replaceAll((village, households) -> List.copyOf(households));
        return byVillage;
    }

    public Set<String> villages() {
        return new TreeSet<>(mongo.findDistinct(new Query(), "villageId", Account.class, String.class));
    }

    private List<HouseholdTotals> households(List<Criteria> filters, LocalDate from, LocalDate to) {
        Map<String, List<PassbookEntry>> lines = new HashMap<>();
        Map<String, Account> accounts = queries.forEachHeldLine(new Criteria().andOperator(filters), false,
                (account, line) -> lines.computeIfAbsent(account.id(), id -> new ArrayList<>()).add(line));
        return accounts.values().stream()
                .map(account -> new HouseholdTotals(account.id(), account.gridId(),
                        Movements.of(lines.getOrDefault(account.id(), List.of()), from, to)))
                .toList();
    }
}
