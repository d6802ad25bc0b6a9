package org.villagegov.points.account;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

    private List<HouseholdTotals> households(List<Criteria> filters, LocalDate from, LocalDate to) {
        Query accounts = Query.query(new Criteria().andOperator(filters));
        accounts.fields().include("gridId", "entries");
        return mongo.find(accounts, Account.class).stream()
                .map(account -> new HouseholdTotals(account.id(), account.gridId(),
                        Movements.of(account.entries(), from, to)))
                .toList();
    }
}
