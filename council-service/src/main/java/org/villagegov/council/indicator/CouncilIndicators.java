package org.villagegov.council.indicator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
 * The council's indicators (docs/indicators.md "council-service"), worked out per village from
 * its raw suggestions, matters, elections and notices, with the definitions of the county report
 * ({@code report/CouncilFigures}): suggestions solved on time out of those solved on the spot or
 * assigned, overdue = assigned and past the deadline, matters by stage while under way, turnout
 * of each council's last completed election. Read as plain documents, only the fields counted.
 */
@Component
class CouncilIndicators implements IndicatorSource {

    /**
     * Days after the representatives adopt a matter within which its resolution is to be published
     * ("two openness", open 1). The domain code sets no such deadline; the indicator needs one to
     * call a resolution overdue, and docs/indicators.md states it.
     */
    static final int RESOLUTION_DUE_DAYS = 7;

    static final String SUGGESTIONS_RAISED = "suggestionsRaised";
    static final String SOLVED_ON_SPOT = "suggestionsSolvedOnSpot";
    static final String ASSIGNED = "suggestionsAssigned";
    static final String ANSWERED = "suggestionsAnswered";
    static final String NOT_FEASIBLE = "suggestionsNotFeasible";
    static final String SOLVED_ON_TIME = "suggestionsSolvedOnTime";
    static final String SUGGESTIONS_OVERDUE = "suggestionsOverdue";
    static final String MATTERS_PROPOSED = "mattersProposed";
    static final String AT_PROPOSAL = "mattersAtProposal";
    static final String AT_TWO_COMMITTEES = "mattersAtTwoCommittees";
    static final String AT_PARTY_MEMBERS = "mattersAtPartyMembers";
    static final String AWAITING_RESOLUTION = "mattersAwaitingResolution";
    static final String AWAITING_RESULT = "mattersAwaitingResult";
    static final String ADOPTED = "mattersAdopted";
    static final String COMPLETED = "mattersCompleted";
    static final String REJECTED = "mattersRejected";
    static final String RESOLUTIONS_OVERDUE = "resolutionsOverdue";
    static final String ELECTIONS_COMPLETED = "electionsCompleted";
    static final String LAST_ELECTION_BALLOTS = "lastElectionBallots";
    static final String LAST_ELECTION_HOUSEHOLDS = "lastElectionHouseholds";
    static final String NOTICES_PUBLISHED = "noticesPublished";
    static final String NOTICES_ON_BOARD = "noticesOnBoard";
    static final String NOTICES_WITHDRAWN = "noticesWithdrawn";

    /** The stage stock a matter is counted in while it waits at that stage (the last two: adopted, awaiting an "open"). */
    private static final Map<String, String> STAGE_STOCKS = Map.of(
            "PROPOSAL", AT_PROPOSAL, "TWO_COMMITTEES", AT_TWO_COMMITTEES, "PARTY_MEMBERS", AT_PARTY_MEMBERS,
            "REPRESENTATIVES", AWAITING_RESOLUTION, "RESOLUTION_PUBLISHED", AWAITING_RESULT);

    /** The only fields counted, per collection read. */
    private static final Map<String, String[]> FIELDS = Map.of(
            "suggestions", new String[] {"villageId", "townshipId", "status", "raisedOn", "assignedOn", "deadline",
                    "resolvedOn", "onTime"},
            "matters", new String[] {"villageId", "townshipId", "status", "rejectedOn", "steps.stage", "steps.heldOn",
                    "steps.passed"},
            "elections", new String[] {"villageId", "townshipId", "councilId", "status", "closedAt", "ballotsCast",
                    "householdCount"},
            "notices", new String[] {"villageId", "townshipId", "publishFrom", "publishUntil", "postedAt", "withdrawnAt"});

    private final MongoTemplate mongo;

    CouncilIndicators(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<Counter> counters() {
        return List.of(Counter.flow(SUGGESTIONS_RAISED), Counter.flow(SOLVED_ON_SPOT), Counter.flow(ASSIGNED),
                Counter.flow(ANSWERED), Counter.flow(NOT_FEASIBLE), Counter.flow(SOLVED_ON_TIME),
                Counter.stock(SUGGESTIONS_OVERDUE),
                Counter.flow(MATTERS_PROPOSED), Counter.stock(AT_PROPOSAL), Counter.stock(AT_TWO_COMMITTEES),
                Counter.stock(AT_PARTY_MEMBERS), Counter.stock(AWAITING_RESOLUTION), Counter.stock(AWAITING_RESULT),
                Counter.flow(ADOPTED), Counter.flow(COMPLETED), Counter.flow(REJECTED), Counter.stock(RESOLUTIONS_OVERDUE),
                Counter.flow(ELECTIONS_COMPLETED), Counter.stock(LAST_ELECTION_BALLOTS),
                Counter.stock(LAST_ELECTION_HOUSEHOLDS),
                Counter.flow(NOTICES_PUBLISHED), Counter.stock(NOTICES_ON_BOARD), Counter.flow(NOTICES_WITHDRAWN));
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(
                Indicator.count(SUGGESTIONS_RAISED, "提出村民建议", SUGGESTIONS_RAISED),
                Indicator.count(SOLVED_ON_SPOT, "当场解决建议", SOLVED_ON_SPOT),
                Indicator.count(ASSIGNED, "交办建议", ASSIGNED),
                Indicator.count(ANSWERED, "交办办结建议", ANSWERED),
                Indicator.count(NOT_FEASIBLE, "不可行建议", NOT_FEASIBLE),
                new Indicator("suggestionsOnTimePercent", "建议按期办结率", Indicator.Unit.PERCENT, values ->
                        Indicator.percentOf(values.get(SOLVED_ON_TIME), values.get(SOLVED_ON_SPOT) + values.get(ASSIGNED))),
                Indicator.count(SUGGESTIONS_OVERDUE, "逾期未办建议", SUGGESTIONS_OVERDUE),
                Indicator.count(MATTERS_PROPOSED, "提议事项", MATTERS_PROPOSED),
                Indicator.count(AT_PROPOSAL, "处于村党支部提议的事项", AT_PROPOSAL),
                Indicator.count(AT_TWO_COMMITTEES, "处于村“两委”商议的事项", AT_TWO_COMMITTEES),
                Indicator.count(AT_PARTY_MEMBERS, "处于党员大会审议的事项", AT_PARTY_MEMBERS),
                Indicator.count(AWAITING_RESOLUTION, "已通过待决议公开的事项", AWAITING_RESOLUTION),
                Indicator.count(AWAITING_RESULT, "待实施结果公开的事项", AWAITING_RESULT),
                Indicator.count(ADOPTED, "通过事项", ADOPTED),
                Indicator.count(COMPLETED, "完成事项", COMPLETED),
                Indicator.count(REJECTED, "终止事项", REJECTED),
                Indicator.count(RESOLUTIONS_OVERDUE, "逾期未公开决议", RESOLUTIONS_OVERDUE),
                Indicator.count(ELECTIONS_COMPLETED, "完成选举", ELECTIONS_COMPLETED),
                Indicator.count(LAST_ELECTION_BALLOTS, "最近一次选举投票户数", LAST_ELECTION_BALLOTS),
                Indicator.count(LAST_ELECTION_HOUSEHOLDS, "最近一次选举应投户数", LAST_ELECTION_HOUSEHOLDS),
                Indicator.percent("lastElectionTurnoutPercent", "最近一次选举投票率", LAST_ELECTION_BALLOTS,
                        LAST_ELECTION_HOUSEHOLDS),
                Indicator.count(NOTICES_PUBLISHED, "发布公开公告", NOTICES_PUBLISHED),
                Indicator.count(NOTICES_ON_BOARD, "公开期内公告", NOTICES_ON_BOARD),
                Indicator.count(NOTICES_WITHDRAWN, "撤回公告", NOTICES_WITHDRAWN));
    }

    @Override
    public Set<String> villages() {
        Set<String> villages = new TreeSet<>();
        for (String collection : FIELDS.keySet()) {
            mongo.findDistinct(new Query(), "villageId", collection, String.class).stream()
                    .filter(java.util.Objects::nonNull).forEach(villages::add);
        }
        return villages;
    }

    @Override
    public VillageHistory history(String villageId) {
        Criteria village = Criteria.where("villageId").is(villageId);
        return history(villageId, new Records(find("suggestions", village), find("matters", village),
                find("elections", village), find("notices", village)));
    }

    /** Every village's history for reconciliation: each collection read once, grouped by village. */
    @Override
    public Map<String, VillageHistory> histories() {
        Map<String, Records> byVillage = new TreeMap<>();
        for (String collection : FIELDS.keySet()) {
            for (Document document : find(collection, Criteria.where("villageId").ne(null))) {
                Records records = byVillage.computeIfAbsent(document.getString("villageId"),
                        v -> new Records(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
                records.of(collection).add(document);
            }
        }
        Map<String, VillageHistory> histories = new TreeMap<>();
        byVillage.forEach((village, records) -> histories.put(village, history(village, records)));
        return histories;
    }

    /** One village's raw documents, as {@link #history(String)} reads them. */
    record Records(List<Document> suggestions, List<Document> matters, List<Document> elections,
                   List<Document> notices) {

        List<Document> of(String collection) {
            return switch (collection) {
                case "suggestions" -> suggestions;
                case "matters" -> matters;
                case "elections" -> elections;
                default -> notices;
            };
        }
    }

    /** The counter changes these documents make: nothing but the documents decides them. */
    VillageHistory history(String villageId, Records records) {
        VillageHistory history = VillageHistory.of(villageId, township(records.suggestions(), records.matters(),
                records.elections(), records.notices()));
        records.suggestions().forEach(suggestion -> suggestion(history, suggestion));
        records.matters().forEach(matter -> matter(history, matter));
        elections(history, records.elections());
        records.notices().forEach(notice -> notice(history, notice));
        return history;
    }

    /**
     * Raised on its day; solved on the spot, answered or found not feasible on the day it was
     * closed; assigned on its day, counted as the county report counts it (still assigned or
     * answered: one found not feasible later leaves the count); overdue from the day after the
     * deadline until the day it was closed.
     */
    private void suggestion(VillageHistory history, Document suggestion) {
        String status = suggestion.getString("status");
        LocalDate raisedOn = date(suggestion, "raisedOn");
        LocalDate resolvedOn = date(suggestion, "resolvedOn");
        LocalDate deadline = date(suggestion, "deadline");
        history.flow(SUGGESTIONS_RAISED, raisedOn);
        switch (status == null ? "" : status) {
            case "SOLVED_ON_SPOT" -> history.flow(SOLVED_ON_SPOT, resolvedOn);
            case "ANSWERED" -> history.flow(ANSWERED, resolvedOn);
            case "NOT_FEASIBLE" -> history.flow(NOT_FEASIBLE, resolvedOn);
            default -> {
            }
        }
        if ("ASSIGNED".equals(status) || "ANSWERED".equals(status)) {
            LocalDate assignedOn = date(suggestion, "assignedOn");
            history.flow(ASSIGNED, assignedOn != null ? assignedOn : raisedOn);
        }
        if (Boolean.TRUE.equals(suggestion.getBoolean("onTime"))) {
            history.flow(SOLVED_ON_TIME, resolvedOn);
        }
        if (deadline != null) {
            history.overdue(SUGGESTIONS_OVERDUE, deadline, "ASSIGNED".equals(status) ? null : resolvedOn);
        }
    }

    /**
     * Each step moves the matter into its stage's stock on the step's day and out of the one
     * before; a meeting that votes it down, or a rejection outside a vote, ends it. Adopted on the
     * representatives' day, completed on the result's publication day, rejected on its day.
     */
    private void matter(VillageHistory history, Document matter) {
        List<Document> steps = matter.getList("steps", Document.class, List.of());
        if (steps.isEmpty()) {
            return;
        }
        String status = matter.getString("status");
        LocalDate rejectedOn = null;
        if ("REJECTED".equals(status)) {
            rejectedOn = date(matter, "rejectedOn");
            // rejected before the day was kept: the last step's day stands in
            rejectedOn = rejectedOn != null ? rejectedOn : date(steps.getLast(), "heldOn");
            history.flow(REJECTED, rejectedOn);
        }
        history.flow(MATTERS_PROPOSED, date(steps.getFirst(), "heldOn"));
        LocalDate adoptedOn = null;
        LocalDate resolutionPublishedOn = null;
        for (int i = 0; i < steps.size(); i++) {
            Document step = steps.get(i);
            String stage = step.getString("stage");
            LocalDate from = date(step, "heldOn");
            boolean passed = !Boolean.FALSE.equals(step.getBoolean("passed"));
            LocalDate until = i + 1 < steps.size() ? date(steps.get(i + 1), "heldOn") : rejectedOn;
            if (passed && STAGE_STOCKS.containsKey(stage)) {
                history.holds(STAGE_STOCKS.get(stage), from, until);
            }
            if (passed && "REPRESENTATIVES".equals(stage)) {
                adoptedOn = from;
                history.flow(ADOPTED, from);
            } else if ("RESOLUTION_PUBLISHED".equals(stage)) {
                resolutionPublishedOn = from;
            } else if ("RESULT_PUBLISHED".equals(stage)) {
                history.flow(COMPLETED, from);
            }
        }
        if (adoptedOn != null) {
            history.overdue(RESOLUTIONS_OVERDUE, adoptedOn.plusDays(RESOLUTION_DUE_DAYS), resolutionPublishedOn);
        }
    }

    /**
     * Per council (one per natural village), its closed elections by completion: each one's
     * ballots and households hold from its completion day until the next one there completes.
     */
    private static void elections(VillageHistory history, List<Document> elections) {
        Map<String, List<Document>> byCouncil = new LinkedHashMap<>();
        elections.stream().filter(e -> "CLOSED".equals(e.getString("status")) && e.getDate("closedAt") != null)
                .sorted(Comparator.comparing((Document e) -> e.getDate("closedAt")).thenComparing(e -> e.getString("_id")))
                .forEach(e -> byCouncil.computeIfAbsent(String.valueOf(e.getString("councilId")), c -> new ArrayList<>()).add(e));
        for (List<Document> closed : byCouncil.values()) {
            for (int i = 0; i < closed.size(); i++) {
                Document election = closed.get(i);
                LocalDate completedOn = day(election.getDate("closedAt"));
                LocalDate nextCompletedOn = i + 1 < closed.size() ? day(closed.get(i + 1).getDate("closedAt")) : null;
                history.flow(ELECTIONS_COMPLETED, completedOn)
                        .holds(LAST_ELECTION_BALLOTS, completedOn, nextCompletedOn, number(election, "ballotsCast"))
                        .holds(LAST_ELECTION_HOUSEHOLDS, completedOn, nextCompletedOn, number(election, "householdCount"));
            }
        }
    }

    /**
     * Published on the day it was posted; on the board from the later of its window's first day
     * and the posting day until the day after its window, or the day it was withdrawn.
     */
    private void notice(VillageHistory history, Document notice) {
        LocalDate postedOn = day(notice.getDate("postedAt"));
        LocalDate withdrawnOn = day(notice.getDate("withdrawnAt"));
        LocalDate publishFrom = date(notice, "publishFrom");
        LocalDate publishUntil = date(notice, "publishUntil");
        history.flow(NOTICES_PUBLISHED, postedOn).flow(NOTICES_WITHDRAWN, withdrawnOn);
        if (publishFrom != null && publishUntil != null && postedOn != null) {
            LocalDate from = publishFrom.isBefore(postedOn) ? postedOn : publishFrom;
            LocalDate until = publishUntil.plusDays(1);
            if (withdrawnOn != null && withdrawnOn.isBefore(until)) {
                until = withdrawnOn;
            }
            history.holds(NOTICES_ON_BOARD, from, until);
        }
    }

    private List<Document> find(String collection, Criteria criteria) {
        Query query = Query.query(criteria);
        query.fields().include(FIELDS.get(collection));
        return mongo.find(query, Document.class, collection);
    }

    /** Where the village sits, as its records say (they carry the township the place guard found). */
    @SafeVarargs
    private static String township(List<Document>... records) {
        for (List<Document> documents : records) {
            for (Document document : documents) {
                if (document.getString("townshipId") != null) {
                    return document.getString("townshipId");
                }
            }
        }
        return null;
    }

    /** A LocalDate field read back with the converters that wrote it (so in the zone they wrote it in). */
    private LocalDate date(Document document, String field) {
        Object value = document.get(field);
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        return mongo.getConverter().getConversionService().convert(value, LocalDate.class);
    }

    private static LocalDate day(Date instant) {
        return instant == null ? null : CountyTime.dateOf(Instant.ofEpochMilli(instant.getTime()));
    }

    private static long number(Document document, String field) {
        Object value = document.get(field);
        return value instanceof Number number ? number.longValue() : 0;
    }
}
