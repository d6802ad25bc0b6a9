package org.villagegov.points.account;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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
 * Figures read from the passbooks' entries, so they always agree with the balances: the single
 * source of the totals the red and black lists, the leaderboard and the county report show.
 * A deed counts on the day it happened, everything else on the day it was written.
 */
@Component
public class PassbookTotals {

    private final MongoTemplate mongo;

    PassbookTotals(MongoTemplate mongo) {
        this.mongo = mongo;
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
        Movements period = Movements.NONE;
        Movements ever = Movements.NONE;
        long accounts = 0;
        long balances = 0;
        long active = 0;
        Query all = new Query();
        all.fields().include("balance", "entries");
        for (Account account : mongo.find(all, Account.class)) {
            Movements inPeriod = Movements.of(account.entries(), from, to);
            period = period.plus(inPeriod);
            ever = ever.plus(Movements.of(account.entries(), null, null));
            accounts++;
            balances += account.balance();
            active += inPeriod.active() ? 1 : 0;
        }
        return new CountyTotals(period, ever, accounts, balances, active);
    }

    /**
     * One household's movements day by day, each entry on the day it counts on (as everywhere
     * here): what the indicators keep, so their sums agree with this class's period totals.
     */
    public record HouseholdDays(String householdId, String townshipId, SortedMap<LocalDate, Movements> days) {
    }

    /** Every passbook of a village, day by day (read by the village's id; only the fields a day needs). */
    public List<HouseholdDays> daysOfVillage(String villageId) {
        return daysBy(Criteria.where("villageId").is(villageId)).getOrDefault(villageId, List.of());
    }

    /** Every village's households' days at once, by village: one read of the passbooks (reconciliation). */
    public Map<String, List<HouseholdDays>> daysByVillage() {
        return daysBy(new Criteria());
    }

    private Map<String, List<HouseholdDays>> daysBy(Criteria criteria) {
        Query accounts = Query.query(criteria);
        accounts.fields().include("townshipId", "villageId", "entries.amount", "entries.source", "entries.at",
                "entries.occurredOn");
        Map<String, List<HouseholdDays>> byVillage = new TreeMap<>();
        for (Account account : mongo.find(accounts, Account.class)) {
            if (account.villageId() == null) {
                continue;
            }
            Map<LocalDate, List<Account.Entry>> byDay = new TreeMap<>();
            for (Account.Entry entry : account.entries()) {
                LocalDate day = entry.countsOn();
                if (day != null) {
                    byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(entry);
                }
            }
            SortedMap<LocalDate, Movements> days = new TreeMap<>();
            byDay.forEach((day, entries) -> days.put(day, Movements.of(entries, null, null)));
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
        Query accounts = Query.query(new Criteria().andOperator(filters));
        accounts.fields().include("gridId", "entries");
        return mongo.find(accounts, Account.class).stream()
                .map(account -> new HouseholdTotals(account.id(), account.gridId(),
                        Movements.of(account.entries(), from, to)))
                .toList();
    }
}
