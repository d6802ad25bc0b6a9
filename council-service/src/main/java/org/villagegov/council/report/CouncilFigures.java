package org.villagegov.council.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.villagegov.platform.data.ScopeCriteria;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.time.CountyTime;

/**
 * The figures of the county's council report, counted in the current county's database within
 * the caller's scope. The indicators kept as read models (indicator/CouncilIndicators) follow
 * the same definitions, dated by day.
 */
@Component
class CouncilFigures {

    private static final List<String> STAGES = List.of("PROPOSAL", "TWO_COMMITTEES", "PARTY_MEMBERS", "REPRESENTATIVES",
            "RESOLUTION_PUBLISHED", "RESULT_PUBLISHED");

    private final MongoTemplate mongo;
    private final CountyTime time;

    CouncilFigures(MongoTemplate mongo, CountyTime time) {
        this.mongo = mongo;
        this.time = time;
    }

    record Matters(long total, Map<String, Long> inProgressByStage, long adopted, long completed, long rejected) {
    }

    record Suggestions(long raised, long solvedOnSpot, long assigned, long solvedOnTime, long overdue,
                       double solvedOnTimePercent) {
    }

    record Elections(long completed, long ballotsCast, long households, double turnoutPercent) {
    }

    record Councils(long councils, long withCurrentTerm, int evaluationYear, long evaluated) {
    }

    record Figures(Matters matters, Suggestions suggestions, Elections elections, Councils councils) {
    }

    Figures inScopeOf(PlatformUser user) {
        return figures(ScopeCriteria.of(user));
    }

    /** Read from the raw documents: a report counts a few fields and needs none of the behaviour. */
    private Figures figures(Criteria scope) {
        LocalDate today = time.today();
        return new Figures(matters(scope), suggestions(scope, today), elections(scope), councils(scope, today));
    }

    private Matters matters(Criteria scope) {
        List<Document> all = find("matters", scope);
        Map<String, Long> byStage = new LinkedHashMap<>();
        STAGES.forEach(stage -> byStage.put(stage, 0L));
        all.stream().filter(m -> "IN_PROGRESS".equals(m.getString("status")))
                .forEach(m -> byStage.merge(m.getString("stage"), 1L, Long::sum));
        return new Matters(all.size(), byStage, status(all, "ADOPTED"), status(all, "COMPLETED"), status(all, "REJECTED"));
    }

    private Suggestions suggestions(Criteria scope, LocalDate today) {
        List<Document> all = find("suggestions", scope);
        long onSpot = status(all, "SOLVED_ON_SPOT");
        long assigned = status(all, "ASSIGNED") + status(all, "ANSWERED");
        long onTime = all.stream().filter(s -> Boolean.TRUE.equals(s.getBoolean("onTime"))).count();
        Criteria late = Criteria.where("status").is("ASSIGNED").and("deadline").lt(today);
        long overdue = mongo.count(Query.query(scope.getCriteriaObject().isEmpty() ? late
                : new Criteria().andOperator(scope, late)), "suggestions");
        return new Suggestions(all.size(), onSpot, assigned, onTime, overdue, percent(onTime, onSpot + assigned));
    }

    private Elections elections(Criteria scope) {
        List<Document> closed = find("elections", scope).stream().filter(e -> "CLOSED".equals(e.getString("status"))).toList();
        long ballots = closed.stream().mapToLong(e -> e.get("ballotsCast", Number.class).longValue()).sum();
        long households = closed.stream().mapToLong(e -> e.get("householdCount", Number.class).longValue()).sum();
        return new Elections(closed.size(), ballots, households, percent(ballots, households));
    }

    private Councils councils(Criteria scope, LocalDate today) {
        List<Document> all = find("councils", scope);
        int year = today.getYear() - 1;
        // the evaluation year's evaluations, each council once: neither the current year's nor a second
        // document for the same council may count it again
        long evaluated = find("evaluations", scope).stream()
                .filter(e -> e.get("year", Number.class) != null && e.get("year", Number.class).intValue() == year)
                .map(e -> e.getString("councilId")).distinct().count();
        return new Councils(all.size(), all.stream().filter(c -> c.get("currentTerm") != null).count(), year, evaluated);
    }

    private List<Document> find(String collection, Criteria scope) {
        return mongo.find(Query.query(scope), Document.class, collection);
    }

    private static long status(List<Document> documents, String status) {
        return documents.stream().filter(d -> status.equals(d.getString("status"))).count();
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0.0 : Math.round(1000.0 * part / whole) / 10.0;
    }
}
