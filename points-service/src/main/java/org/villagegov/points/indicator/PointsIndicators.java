package org.villagegov.points.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.stereotype.Component;
import org.villagegov.platform.indicator.Counter;
import org.villagegov.platform.indicator.Indicator;
import org.villagegov.platform.indicator.IndicatorSource;
import org.villagegov.platform.indicator.VillageHistory;
import org.villagegov.points.account.Movements;
import org.villagegov.points.account.PassbookTotals;
import org.villagegov.points.lists.ListQueries;

/**
 * The points bank's indicators (docs/indicators.md), worked out from a village's passbooks and
 * lists. Movements count on the day the county report counts them ({@link PassbookTotals}: a deed
 * on the day it happened, anything else on the day it was written), so for the same days the
 * figures agree with {@code GET /report}. Everything a village's history needs is read by the
 * village's id; nothing depends on the day it runs.
 */
@Component
class PointsIndicators implements IndicatorSource {

    static final String ISSUED = "pointsIssued";
    static final String DEDUCTED = "pointsDeducted";
    static final String CORRECTED = "pointsCorrected";
    static final String REDEEMED = "pointsRedeemed";
    static final String REFUNDED = "pointsRefunded";
    /** A household counted once per calendar month, on its first active day of the month. */
    static final String ACTIVE = "pointsHouseholdsActive";
    static final String BALANCE = "pointsBalance";
    static final String RED = "redListSize";
    static final String BLACK = "blackListSize";

    private final PassbookTotals passbooks;
    private final ListQueries lists;

    PointsIndicators(PassbookTotals passbooks, ListQueries lists) {
        this.passbooks = passbooks;
        this.lists = lists;
    }

    @Override
    public List<Counter> counters() {
        return List.of(Counter.flow(ISSUED), Counter.flow(DEDUCTED), Counter.flow(CORRECTED), Counter.flow(REDEEMED),
                Counter.flow(REFUNDED), Counter.flow(ACTIVE), Counter.stock(BALANCE), Counter.stock(RED),
                Counter.stock(BLACK));
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(
                Indicator.count(ISSUED, "发放积分", ISSUED),
                Indicator.count(DEDUCTED, "扣减积分", DEDUCTED),
                Indicator.count(CORRECTED, "积分更正（净额）", CORRECTED),
                Indicator.count(REDEEMED, "兑换积分", REDEEMED),
                Indicator.count(REFUNDED, "兑换退回积分", REFUNDED),
                Indicator.count(ACTIVE, "活跃户数", ACTIVE),
                Indicator.count(BALANCE, "积分结余", BALANCE),
                Indicator.count(RED, "红榜户数", RED),
                Indicator.count(BLACK, "黑榜户数", BLACK));
    }

    @Override
    public Set<String> villages() {
        Set<String> villages = new TreeSet<>(passbooks.villages());
        villages.addAll(lists.villages());
        return villages;
    }

    @Override
    public VillageHistory history(String villageId) {
        return history(villageId, passbooks.daysOfVillage(villageId), lists.ofVillage(villageId));
    }

    /** Every village at once for reconciliation: the passbooks and the lists each read once, not once per village. */
    @Override
    public Map<String, VillageHistory> histories() {
        Map<String, List<PassbookTotals.HouseholdDays>> households = passbooks.daysByVillage();
        Map<String, ListQueries.VillageLists> villageLists = lists.byVillage();
        Set<String> villages = new TreeSet<>(households.keySet());
        villages.addAll(villageLists.keySet());
        Map<String, VillageHistory> histories = new TreeMap<>();
        for (String village : villages) {
            histories.put(village, history(village, households.getOrDefault(village, List.of()),
                    villageLists.getOrDefault(village, new ListQueries.VillageLists(null, List.of()))));
        }
        return histories;
    }

    private static VillageHistory history(String villageId, List<PassbookTotals.HouseholdDays> households,
                                          ListQueries.VillageLists villageLists) {
        String township = households.stream().map(PassbookTotals.HouseholdDays::townshipId)
                .filter(id -> id != null).findFirst().orElse(villageLists.townshipId());
        return history(villageId, township, households, villageLists.listed());
    }

    static VillageHistory history(String villageId, String townshipId, List<PassbookTotals.HouseholdDays> households,
                                  List<ListQueries.Listed> listed) {
        VillageHistory history = VillageHistory.of(villageId, townshipId);
        for (PassbookTotals.HouseholdDays household : households) {
            Set<YearMonth> activeMonths = new HashSet<>();
            for (Map.Entry<LocalDate, Movements> day : household.days().entrySet()) {
                LocalDate on = day.getKey();
                Movements moved = day.getValue();
                history.add(ISSUED, on, moved.issued())
                        .add(DEDUCTED, on, moved.deducted())
                        .add(CORRECTED, on, moved.corrected())
                        .add(REDEEMED, on, moved.redeemed())
                        .add(REFUNDED, on, moved.refunded())
                        // the balance as of a day: every point that moved up to it (balance == sum of the ledger)
                        .add(BALANCE, on, moved.expectedBalance());
                // days are in order, so the first active day of each month is the one counted
                if (moved.active() && activeMonths.add(YearMonth.from(on))) {
                    history.flow(ACTIVE, on);
                }
            }
        }
        for (ListQueries.Listed entry : listed) {
            history.holds(entry.red() ? RED : BLACK, entry.from(), entry.until());
        }
        return history;
    }
}
