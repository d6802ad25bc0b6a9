package org.villagegov.grid.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.villagegov.platform.indicator.Counter;
import org.villagegov.platform.indicator.Indicator;
import org.villagegov.platform.indicator.IndicatorSource;
import org.villagegov.platform.indicator.VillageHistory;
import org.villagegov.platform.time.CountyTime;

/**
 * The grid indicators of docs/domain.md "Reporting", defined as the county dashboard
 * ({@code dashboard/GridDashboard}) counts them today, kept per day so any period can be read:
 * grid coverage, weekly visit coverage, overdue pairings and follow-ups, grid reports by status
 * and overdue transfers (docs/indicators.md).
 * <p>
 * A village's figures come from the households that live in it now: their micro-grid, pairings,
 * visits and follow-ups are counted where the household is, so a moved household takes its
 * history along (both villages are refreshed by {@code household.moved}). Grid reports stay
 * with the village they were raised in.
 */
@Component
class GridIndicators implements IndicatorSource {

    static final String HOUSEHOLDS = "households";
    static final String HOUSEHOLDS_REGISTERED = "householdsRegistered";
    static final String IN_MICRO_GRIDS = "householdsInMicroGrids";
    static final String PAIRINGS = "pairings";
    static final String PAIRINGS_VISITED = "pairingsVisited";
    static final String VISITS = "visitsLogged";
    static final String FOLLOW_UPS_OPEN = "followUpsOpen";
    static final String FOLLOW_UPS_OVERDUE = "followUpsOverdue";
    static final String REPORTS_RAISED = "reportsRaised";
    static final String REPORTS_OPEN = "reportsOpen";
    static final String REPORTS_TRANSFERRED = "reportsTransferred";
    static final String REPORTS_CLOSED = "reportsClosed";
    static final String TRANSFERS_OVERDUE = "transfersOverdue";

    /** A paired household is contacted at least once in this many days (visit/VisitRules). */
    static final int CONTACT_EVERY_DAYS = 7;
    /** A follow-up visit is due within this many days of its task (visit/FollowUpTask). */
    static final int FOLLOW_UP_DUE_DAYS = 7;

    private final MongoTemplate mongo;

    GridIndicators(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<Counter> counters() {
        return List.of(Counter.stock(HOUSEHOLDS), Counter.flow(HOUSEHOLDS_REGISTERED), Counter.stock(IN_MICRO_GRIDS),
                Counter.stock(PAIRINGS), Counter.stock(PAIRINGS_VISITED), Counter.flow(VISITS),
                Counter.stock(FOLLOW_UPS_OPEN), Counter.stock(FOLLOW_UPS_OVERDUE), Counter.flow(REPORTS_RAISED),
                Counter.stock(REPORTS_OPEN), Counter.stock(REPORTS_TRANSFERRED), Counter.flow(REPORTS_CLOSED),
                Counter.stock(TRANSFERS_OVERDUE));
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(
                Indicator.count("gridHouseholds", "在册户数", HOUSEHOLDS),
                Indicator.count("gridHouseholdsRegistered", "新登记户数", HOUSEHOLDS_REGISTERED),
                Indicator.count("gridHouseholdsInMicroGrids", "入格户数", IN_MICRO_GRIDS),
                Indicator.percent("gridCoveragePercent", "网格覆盖率", IN_MICRO_GRIDS, HOUSEHOLDS),
                Indicator.count("gridPairings", "结对联户数", PAIRINGS),
                Indicator.count("gridPairingsVisitedThisWeek", "近7天已走访结对数", PAIRINGS_VISITED),
                Indicator.percent("gridWeeklyVisitCoveragePercent", "本周走访覆盖率", PAIRINGS_VISITED, PAIRINGS),
                new Indicator("gridPairingsOverdue", "逾期未走访结对数", Indicator.Unit.COUNT,
                        values -> values.get(PAIRINGS) - values.get(PAIRINGS_VISITED)),
                Indicator.count("gridVisitsLogged", "走访次数", VISITS),
                Indicator.count("gridFollowUpsOpen", "待回访任务", FOLLOW_UPS_OPEN),
                Indicator.count("gridFollowUpsOverdue", "逾期回访任务", FOLLOW_UPS_OVERDUE),
                Indicator.count("gridReportsRaised", "上报事项数", REPORTS_RAISED),
                Indicator.count("gridReportsOpen", "未办结事项", REPORTS_OPEN),
                Indicator.count("gridReportsTransferred", "已转办未办结事项", REPORTS_TRANSFERRED),
                Indicator.count("gridReportsClosed", "已办结事项数", REPORTS_CLOSED),
                Indicator.count("gridTransfersOverdue", "逾期转办", TRANSFERS_OVERDUE));
    }

    @Override
    public Set<String> villages() {
        Set<String> villages = new TreeSet<>();
        for (String collection : List.of("households", "grid_reports", "micro_grids")) {
            for (Object village : mongo.getCollection(collection).distinct("villageId", String.class)) {
                if (village != null) {
                    villages.add(village.toString());
                }
            }
        }
        return villages;
    }

    @Override
    public VillageHistory history(String villageId) {
        List<Document> households = mongo.find(householdQuery(Criteria.where("villageId").is(villageId)), Document.class,
                "households");
        Set<String> active = activeIds(households);
        Criteria ofHouseholds = Criteria.where("householdId").in(active);
        Records records = new Records(households,
                mongo.find(gridQuery(Criteria.where("villageId").is(villageId)), Document.class, "micro_grids"),
                active.isEmpty() ? List.of() : mongo.find(Query.query(Criteria.where("_id").in(active)), Document.class,
                        "grid_memberships"),
                active.isEmpty() ? List.of() : mongo.find(pairingQuery(ofHouseholds), Document.class, "pairings"),
                active.isEmpty() ? List.of() : mongo.find(visitQuery(ofHouseholds), Document.class, "visits"),
                active.isEmpty() ? List.of() : mongo.find(followUpQuery(ofHouseholds), Document.class, "follow_ups"),
                mongo.find(reportQuery(Criteria.where("villageId").is(villageId)), Document.class, "grid_reports"));
        return history(villageId, townshipOf(villageId), records, this::visitDays);
    }

    /**
     * Every village at once for reconciliation: each collection read once and grouped by village
     * (pairings, visits and follow-ups by the village their household lives in now, as {@link #history}
     * counts them), instead of a handful of queries per village.
     */
    @Override
    public Map<String, VillageHistory> histories() {
        Map<String, String> townships = new HashMap<>();
        Query regions = new Query();
        regions.fields().include("_id", "townshipId");
        mongo.find(regions, Document.class, "regions").forEach(region -> townships.put(region.getString("_id"),
                region.getString("townshipId")));
        Map<String, List<Document>> households = new HashMap<>();
        Map<String, String> villageOf = new HashMap<>();
        for (Document household : mongo.find(householdQuery(new Criteria()), Document.class, "households")) {
            String village = household.getString("villageId");
            if (village != null) {
                households.computeIfAbsent(village, v -> new ArrayList<>()).add(household);
                if (!Boolean.FALSE.equals(household.getBoolean("active"))) {
                    villageOf.put(household.getString("_id"), village);
                }
            }
        }
        Map<String, List<Document>> grids = byVillage(mongo.find(gridQuery(new Criteria()), Document.class, "micro_grids"),
                grid -> grid.getString("villageId"));
        Map<String, List<Document>> memberships = byVillage(mongo.find(new Query(), Document.class, "grid_memberships"),
                membership -> villageOf.get(membership.getString("_id")));
        Map<String, List<Document>> pairings = byVillage(mongo.find(pairingQuery(new Criteria()), Document.class, "pairings"),
                pairing -> villageOf.get(pairing.getString("householdId")));
        List<Document> allVisits = mongo.find(visitQuery(new Criteria()), Document.class, "visits");
        Map<String, LocalDate> visitDays = new HashMap<>();
        allVisits.forEach(visit -> visitDays.put(visit.getString("_id"), date(visit.get("visitedOn"))));
        Map<String, List<Document>> visits = byVillage(allVisits, visit -> villageOf.get(visit.getString("householdId")));
        Map<String, List<Document>> followUps = byVillage(mongo.find(followUpQuery(new Criteria()), Document.class,
                "follow_ups"), task -> villageOf.get(task.getString("householdId")));
        Map<String, List<Document>> reports = byVillage(mongo.find(reportQuery(new Criteria()), Document.class,
                "grid_reports"), report -> report.getString("villageId"));
        Set<String> villages = new TreeSet<>(households.keySet());
        villages.addAll(grids.keySet());
        villages.addAll(reports.keySet());
        Map<String, VillageHistory> histories = new java.util.TreeMap<>();
        for (String village : villages) {
            Records records = new Records(households.getOrDefault(village, List.of()), grids.getOrDefault(village, List.of()),
                    memberships.getOrDefault(village, List.of()), pairings.getOrDefault(village, List.of()),
                    visits.getOrDefault(village, List.of()), followUps.getOrDefault(village, List.of()),
                    reports.getOrDefault(village, List.of()));
            histories.put(village, history(village, townships.get(village), records, ids -> {
                Map<String, LocalDate> days = new HashMap<>();
                ids.forEach(id -> {
                    if (visitDays.containsKey(id)) {
                        days.put(id, visitDays.get(id));
                    }
                });
                return days;
            }));
        }
        return histories;
    }

    /** One village's raw records: its households, its micro-grids and their households' memberships, pairings, visits, follow-ups; its reports. */
    private record Records(List<Document> households, List<Document> grids, List<Document> memberships,
                           List<Document> pairings, List<Document> visits, List<Document> followUps,
                           List<Document> reports) {
    }

    private VillageHistory history(String villageId, String township, Records records,
                                   java.util.function.Function<Set<String>, Map<String, LocalDate>> visitDays) {
        VillageHistory history = VillageHistory.of(villageId, township);
        Set<String> households = households(records.households(), history);
        microGrids(records.grids(), records.memberships(), households, history);
        pairingsAndVisits(households, records.pairings(), records.visits(), history);
        followUps(households, records.followUps(), visitDays, history);
        reports(records.reports(), history);
        return history;
    }

    private static Map<String, List<Document>> byVillage(List<Document> documents,
                                                        java.util.function.Function<Document, String> village) {
        Map<String, List<Document>> grouped = new HashMap<>();
        for (Document document : documents) {
            String id = village.apply(document);
            if (id != null) {
                grouped.computeIfAbsent(id, v -> new ArrayList<>()).add(document);
            }
        }
        return grouped;
    }

    private static Query householdQuery(Criteria criteria) {
        Query query = Query.query(criteria);
        query.fields().include("_id", "active", "villageId").slice("history", 1);
        return query;
    }

    private static Query gridQuery(Criteria criteria) {
        Query query = Query.query(criteria);
        query.fields().include("villageId", "householdIds");
        return query;
    }

    private static Query pairingQuery(Criteria criteria) {
        Query query = Query.query(criteria);
        query.fields().include("_id", "since", "householdId");
        return query;
    }

    private static Query visitQuery(Criteria criteria) {
        Query query = Query.query(criteria);
        query.fields().include("householdId", "memberSubject", "visitedOn");
        return query;
    }

    private static Query followUpQuery(Criteria criteria) {
        Query query = Query.query(criteria);
        query.fields().include("householdId", "createdAt", "closedByVisitId", "closedOn");
        return query;
    }

    private static Query reportQuery(Criteria criteria) {
        Query query = Query.query(criteria);
        query.fields().include("villageId", "status", "reportedAt", "transferredOn", "transferredTo", "deadline", "closedAt");
        return query;
    }

    private static Set<String> activeIds(List<Document> households) {
        Set<String> ids = new HashSet<>();
        households.stream().filter(household -> !Boolean.FALSE.equals(household.getBoolean("active")))
                .forEach(household -> ids.add(household.getString("_id")));
        return ids;
    }

    /** The township the region tree puts the village in now (null for a village it does not know). */
    private String townshipOf(String villageId) {
        Query query = Query.query(Criteria.where("_id").is(villageId));
        query.fields().include("townshipId");
        Document region = mongo.findOne(query, Document.class, "regions");
        return region == null ? null : region.getString("townshipId");
    }

    /** Active households counted from the day they were registered (the first line of their file's history). */
    private static Set<String> households(List<Document> households, VillageHistory history) {
        Set<String> ids = new HashSet<>();
        for (Document household : households) {
            if (Boolean.FALSE.equals(household.getBoolean("active"))) {
                continue;
            }
            ids.add(household.getString("_id"));
            LocalDate registered = registeredOn(household);
            history.holds(HOUSEHOLDS, registered, null);
            history.flow(HOUSEHOLDS_REGISTERED, registered);
        }
        return ids;
    }

    private static LocalDate registeredOn(Document household) {
        List<Document> lines = household.getList("history", Document.class, List.of());
        return lines.isEmpty() ? null : day(lines.get(0).get("at"));
    }

    /**
     * A household is in a micro-grid when a grid of its village lists it (the grid's update is
     * the write that announces joins and leaves), from the day its membership began.
     */
    private static void microGrids(List<Document> grids, List<Document> memberships, Set<String> households,
                                   VillageHistory history) {
        Map<String, String> gridOf = new HashMap<>();
        for (Document grid : grids) {
            for (String household : grid.getList("householdIds", String.class, List.of())) {
                if (households.contains(household)) {
                    gridOf.put(household, grid.getString("_id"));
                }
            }
        }
        if (gridOf.isEmpty()) {
            return;
        }
        Map<String, LocalDate> joined = new HashMap<>();
        for (Document membership : memberships) {
            String household = membership.getString("_id");
            if (gridOf.containsKey(household) && gridOf.get(household).equals(membership.getString("microGridId"))) {
                joined.put(household, day(membership.get("joinedAt")));
            }
        }
        joined.values().forEach(day -> history.holds(IN_MICRO_GRIDS, day, null));
    }

    /**
     * Pairings from the day they were made; a pairing counts as visited for 7 days from each
     * visit by its member (the intervals of one pairing merged, so it counts once), never before
     * it was made. Every visit to the village's households is a visit logged, on the day visited.
     */
    private void pairingsAndVisits(Set<String> households, List<Document> pairingDocuments, List<Document> visits,
                                   VillageHistory history) {
        if (households.isEmpty()) {
            return;
        }
        Map<String, LocalDate> pairings = new HashMap<>();
        for (Document pairing : pairingDocuments) {
            LocalDate since = date(pairing.get("since"));
            pairings.put(pairing.getString("_id"), since);
            history.holds(PAIRINGS, since, null);
        }
        Map<String, List<LocalDate>> visitsByPairing = new HashMap<>();
        for (Document visit : visits) {
            LocalDate visitedOn = date(visit.get("visitedOn"));
            history.flow(VISITS, visitedOn);
            String pairing = visit.getString("memberSubject") + ":" + visit.getString("householdId");
            if (visitedOn != null && pairings.containsKey(pairing)) {
                visitsByPairing.computeIfAbsent(pairing, p -> new ArrayList<>()).add(visitedOn);
            }
        }
        visitsByPairing.forEach((pairing, days) -> {
            LocalDate since = pairings.get(pairing);
            for (LocalDate[] interval : merged(days, CONTACT_EVERY_DAYS)) {
                LocalDate from = since != null && since.isAfter(interval[0]) ? since : interval[0];
                history.holds(PAIRINGS_VISITED, from, interval[1]);
            }
        });
    }

    /** Each day's window [day, day + length) as disjoint intervals, oldest first (until excluded). */
    static List<LocalDate[]> merged(Collection<LocalDate> days, int length) {
        List<LocalDate> sorted = days.stream().distinct().sorted(Comparator.naturalOrder()).toList();
        List<LocalDate[]> intervals = new ArrayList<>();
        for (LocalDate day : sorted) {
            LocalDate until = day.plusDays(length);
            LocalDate[] last = intervals.isEmpty() ? null : intervals.get(intervals.size() - 1);
            if (last != null && !day.isAfter(last[1])) {
                last[1] = until.isAfter(last[1]) ? until : last[1];
            } else {
                intervals.add(new LocalDate[] {day, until});
            }
        }
        return intervals;
    }

    /**
     * A follow-up is open from the day it was created until the day a visit closed it, and
     * overdue from the day after its week was up until then.
     */
    private void followUps(Set<String> households, List<Document> tasks,
                           java.util.function.Function<Set<String>, Map<String, LocalDate>> visitDays,
                           VillageHistory history) {
        if (households.isEmpty()) {
            return;
        }
        Map<String, LocalDate> closingVisits = visitDays.apply(closingVisitIds(tasks));
        for (Document task : tasks) {
            LocalDate created = day(task.get("createdAt"));
            LocalDate closed = null;
            String visit = task.getString("closedByVisitId");
            if (visit != null) {
                closed = date(task.get("closedOn"));
                if (closed == null) {
                    // closed before the day was recorded: the visit's day, or at once if the visit is gone
                    closed = closingVisits.getOrDefault(visit, created);
                }
                if (created != null && closed != null && closed.isBefore(created)) {
                    closed = created;
                }
            }
            history.holds(FOLLOW_UPS_OPEN, created, closed);
            if (created != null) {
                history.overdue(FOLLOW_UPS_OVERDUE, created.plusDays(FOLLOW_UP_DUE_DAYS), closed);
            }
        }
    }

    /** Follow-ups closed by a visit before their closing day was recorded: the visits whose day stands in. */
    private static Set<String> closingVisitIds(List<Document> tasks) {
        Set<String> visits = new HashSet<>();
        tasks.stream().filter(task -> task.get("closedOn") == null && task.getString("closedByVisitId") != null)
                .forEach(task -> visits.add(task.getString("closedByVisitId")));
        return visits;
    }

    /** The days of these visits, by visit id. */
    private Map<String, LocalDate> visitDays(Set<String> visits) {
        Map<String, LocalDate> days = new HashMap<>();
        if (!visits.isEmpty()) {
            Query query = Query.query(Criteria.where("_id").in(visits));
            query.fields().include("visitedOn");
            mongo.find(query, Document.class, "visits").forEach(visit -> days.put(visit.getString("_id"),
                    date(visit.get("visitedOn"))));
        }
        return days;
    }

    /**
     * Reports raised (on the day reported) and closed (on the day closed); open from raised to
     * closed; transferred from the day handed on to closed; a transfer with a deadline overdue
     * from the day after it until closed.
     */
    private void reports(List<Document> reports, VillageHistory history) {
        for (Document report : reports) {
            LocalDate raised = day(report.get("reportedAt"));
            LocalDate closed = day(report.get("closedAt"));
            String status = report.getString("status");
            if ("CLOSED".equals(status) && closed == null) {
                closed = raised;
            }
            history.flow(REPORTS_RAISED, raised);
            history.flow(REPORTS_CLOSED, closed);
            history.holds(REPORTS_OPEN, raised, closed);
            boolean handedOn = report.getString("transferredTo") != null;
            if (handedOn) {
                LocalDate transferred = date(report.get("transferredOn"));
                history.holds(REPORTS_TRANSFERRED, transferred != null ? transferred : raised, closed);
                history.overdue(TRANSFERS_OVERDUE, date(report.get("deadline")), closed);
            }
        }
    }

    /** A stored instant (a moment: registered, created, reported) as its county day. */
    static LocalDate day(Object value) {
        return value instanceof Date date ? CountyTime.dateOf(date.toInstant()) : null;
    }

    /** A stored calendar date (visited on, deadline), read back the way the service's documents wrote it. */
    private LocalDate date(Object value) {
        return value == null ? null : mongo.getConverter().getConversionService().convert(value, LocalDate.class);
    }
}
