package org.villagegov.council.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.platform.data.ScopeCriteria;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.ProvinceScope;

/**
 * The council indicators of a county (DOMAIN.md "Reporting"): matters by stage, suggestions
 * solved on time, election turnout, councils evaluated. A township officer sees their township;
 * a provincial admin the same figures per county of the province, each from its own database.
 */
@RestController
@Tag(name = "Reports", description = "County and provincial council indicators")
class CouncilReport {

    private static final List<String> STAGES = List.of("PROPOSAL", "TWO_COMMITTEES", "PARTY_MEMBERS", "REPRESENTATIVES",
            "RESOLUTION_PUBLISHED", "RESULT_PUBLISHED");

    private final MongoTemplate mongo;
    private final ProvinceScope province;
    private final Clock clock;

    CouncilReport(MongoTemplate mongo, ProvinceScope province, Clock clock) {
        this.mongo = mongo;
        this.province = province;
        this.clock = clock;
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

    @GetMapping("/api/v1/council/report")
    @PreAuthorize("hasAnyRole('county-admin','township-officer')")
    @Operation(summary = "The county's council figures (a township officer: their township)")
    Figures county(PlatformUser user) {
        return figures(ScopeCriteria.of(user));
    }

    @GetMapping("/api/v1/council/province/report")
    @PreAuthorize("hasRole('provincial-admin')")
    @Operation(summary = "The same figures for each county of the provincial admin's province")
    Map<String, Figures> provinceReport(PlatformUser user) {
        return province.perCounty(user, () -> figures(new Criteria()));
    }

    @GetMapping("/api/v1/council/province/{county}/report")
    @PreAuthorize("hasRole('provincial-admin')")
    @Operation(summary = "One county of the provincial admin's province; another province's county is 403")
    Figures provinceCounty(@PathVariable String county, PlatformUser user) {
        return province.inCounty(user, county, () -> figures(new Criteria()));
    }

    /** Read from the raw documents: a report counts a few fields and needs none of the behaviour. */
    private Figures figures(Criteria scope) {
        LocalDate today = CountyTime.today(clock);
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
