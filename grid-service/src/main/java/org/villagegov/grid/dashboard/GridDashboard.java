package org.villagegov.grid.dashboard;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.platform.security.PlatformUser;

/**
 * The grid indicators of a county (docs/domain.md "Reporting"): grid coverage, weekly visit
 * coverage, follow-ups, reports, counted now for the county office's dashboard; the same
 * definitions are kept per day as indicators ({@code indicator/GridIndicators}), which serve
 * periods, drill-down and the province. Counts over the raw collections of the other
 * features: it reads, never writes them.
 */
@Service
class GridDashboard {

    private final MongoTemplate mongo;
    private final CountyTime time;

    GridDashboard(MongoTemplate mongo, CountyTime time) {
        this.mongo = mongo;
        this.time = time;
    }

    record GridFigures(long townships, long villages, long households, long microGrids, long householdsInMicroGrids,
                       double gridCoveragePercent, long pairings, long pairingsContactedThisWeek,
                       double weeklyVisitCoveragePercent, long openFollowUps, long openReports, long overdueTransfers) {
    }

    /** A county admin sees the county; a township officer their township only. */
    GridFigures county(PlatformUser user) {
        if (user.isCountyWide()) {
            return figures();
        }
        return figures(user.township() == null ? "\u0000none" : user.township());
    }

    private GridFigures figures() {
        return figures(null);
    }

    /**
     * The county's figures, or one township's when {@code townshipId} is given: everything
     * located carries its township, so each count is narrowed by it.
     */
    private GridFigures figures(String townshipId) {
        long townships = count("regions", Criteria.where("kind").is("TOWNSHIP"), townshipId == null ? null : "_id", townshipId);
        long villages = count("regions", Criteria.where("kind").is("VILLAGE"), townshipId);
        long households = count("households", new Criteria(), townshipId);
        long inGrids = mongo.find(Query.query(within(new Criteria(), "townshipId", townshipId)), Document.class, "micro_grids")
                .stream().mapToLong(grid -> grid.get("size") instanceof Number size ? size.longValue() : 0).sum();
        LocalDate today = time.today();
        Set<String> contacted = new HashSet<>();
        mongo.find(Query.query(within(Criteria.where("visitedOn").gte(today.minusDays(6)), "townshipId", townshipId)),
                        Document.class, "visits")
                .forEach(visit -> contacted.add(visit.getString("memberSubject") + ":" + visit.getString("householdId")));
        long pairings = count("pairings", new Criteria(), townshipId);
        long pairingsContacted = mongo.find(Query.query(within(new Criteria(), "townshipId", townshipId)), Document.class,
                        "pairings").stream()
                .filter(pairing -> contacted.contains(pairing.getString("_id")))
                .count();
        long overdue = count("grid_reports", Criteria.where("status").is("TRANSFERRED").and("deadline").lt(today),
                townshipId);
        return new GridFigures(townships, villages, households, count("micro_grids", new Criteria(), townshipId), inGrids,
                percent(inGrids, households), pairings, pairingsContacted, percent(pairingsContacted, pairings),
                count("follow_ups", Criteria.where("closedByVisitId").is(null), townshipId),
                count("grid_reports", Criteria.where("status").ne("CLOSED"), townshipId), overdue);
    }

    private long count(String collection, Criteria criteria, String townshipId) {
        return count(collection, criteria, "townshipId", townshipId);
    }

    private long count(String collection, Criteria criteria, String field, String townshipId) {
        return mongo.count(Query.query(within(criteria, field, townshipId)), collection);
    }

    private static Criteria within(Criteria criteria, String field, String townshipId) {
        return townshipId == null || field == null ? criteria : criteria.and(field).is(townshipId);
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0.0 : Math.round(1000.0 * part / whole) / 10.0;
    }
}
