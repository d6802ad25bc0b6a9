package org.villagegov.grid.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.ProvinceScope;

/**
 * The grid indicators of a county (DOMAIN.md "Reporting"): grid coverage, weekly visit
 * coverage, follow-ups, reports. The same figures per county, side by side, for a
 * provincial admin of the province — read-only, each county from its own database.
 */
@RestController
class GridDashboard {

    private final MongoTemplate mongo;
    private final ProvinceScope province;
    private final Clock clock;

    GridDashboard(MongoTemplate mongo, ProvinceScope province, Clock clock) {
        this.mongo = mongo;
        this.province = province;
        this.clock = clock;
    }

    record GridFigures(long townships, long villages, long households, long microGrids, long householdsInMicroGrids,
                       double gridCoveragePercent, long pairings, long pairingsContactedThisWeek,
                       double weeklyVisitCoveragePercent, long openFollowUps, long openReports, long overdueTransfers) {
    }

    @GetMapping("/api/v1/grid/dashboard")
    @PreAuthorize("hasAnyRole('county-admin','township-officer')")
    GridFigures county() {
        return figures();
    }

    @GetMapping("/api/v1/grid/province/dashboard")
    @PreAuthorize("hasRole('provincial-admin')")
    Map<String, GridFigures> provinceDashboard(PlatformUser user) {
        return province.perCounty(user, this::figures);
    }

    @GetMapping("/api/v1/grid/province/{county}/dashboard")
    @PreAuthorize("hasRole('provincial-admin')")
    GridFigures provinceCounty(@PathVariable String county, PlatformUser user) {
        return province.inCounty(user, county, this::figures);
    }

    private GridFigures figures() {
        long townships = count("regions", Criteria.where("kind").is("TOWNSHIP"));
        long villages = count("regions", Criteria.where("kind").is("VILLAGE"));
        long households = count("households", new Criteria());
        long inGrids = count("grid_memberships", new Criteria());
        LocalDate weekStart = LocalDate.now(clock.withZone(CountyTime.ZONE)).minusDays(6);
        Set<String> contacted = new HashSet<>();
        mongo.find(Query.query(Criteria.where("visitedOn").gte(weekStart)), Document.class, "visits")
                .forEach(visit -> contacted.add(visit.getString("memberSubject") + ":" + visit.getString("householdId")));
        long pairings = count("pairings", new Criteria());
        long pairingsContacted = mongo.find(new Query(), Document.class, "pairings").stream()
                .filter(pairing -> contacted.contains(pairing.getString("_id")))
                .count();
        LocalDate today = LocalDate.now(clock.withZone(CountyTime.ZONE));
        long overdue = mongo.find(Query.query(Criteria.where("status").is("TRANSFERRED").and("deadline").lt(today)),
                Document.class, "grid_reports").size();
        return new GridFigures(townships, villages, households, count("micro_grids", new Criteria()), inGrids,
                percent(inGrids, households), pairings, pairingsContacted, percent(pairingsContacted, pairings),
                count("follow_ups", Criteria.where("closedByVisitId").is(null)),
                count("grid_reports", Criteria.where("status").ne("CLOSED")), overdue);
    }

    private long count(String collection, Criteria criteria) {
        return mongo.count(Query.query(criteria), collection);
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0.0 : Math.round(1000.0 * part / whole) / 10.0;
    }
}
