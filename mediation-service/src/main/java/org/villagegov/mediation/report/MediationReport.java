package org.villagegov.mediation.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.mediation.dispute.Cases;
import org.villagegov.mediation.dispute.Category;
import org.villagegov.mediation.dispute.Level;
import org.villagegov.mediation.dispute.MediationCase;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.ProvinceScope;
import org.villagegov.platform.security.Roles;

/**
 * The mediation indicators (DOMAIN.md "Reporting"): cases by level, category and status,
 * resolution rate, median days to an agreement, overdue cases, mean satisfaction, open risks.
 * A township officer gets their township's figures; the county admin the county's; a
 * provincial admin each county of the province, each read from that county's own database.
 */
@RestController
@Tag(name = "Report", description = "County and provincial mediation figures")
class MediationReport {

    private final MongoTemplate mongo;
    private final ProvinceScope province;
    private final Cases cases;

    MediationReport(MongoTemplate mongo, ProvinceScope province, Cases cases) {
        this.mongo = mongo;
        this.province = province;
        this.cases = cases;
    }

    /**
     * @param resolutionRatePercent of the cases whose mediation ended (agreement, failed, or closed without one), the share agreed
     * @param medianDaysToResolve   days from intake to the agreement, median over agreed cases; null when none
     * @param meanSatisfaction      mean of the parties' ratings (1-5); null when none
     */
    record Figures(long cases, Map<Level, Long> byLevel, Map<Category, Long> byCategory,
                   Map<MediationCase.Status, Long> byStatus, long agreements, long endedWithoutAgreement,
                   double resolutionRatePercent, Double medianDaysToResolve, long overdue, long ratings,
                   Double meanSatisfaction, long openRiskFlags, long escalations, long judicialConfirmations) {
    }

    @GetMapping("/api/v1/mediation/report")
    @PreAuthorize("hasAnyRole('county-admin','township-officer')")
    @Operation(summary = "The county's figures (a township officer: their township's)")
    Figures county(PlatformUser user) {
        if (user.hasRole(Roles.COUNTY_ADMIN)) {
            return figures(new Criteria());
        }
        return figures(Criteria.where("townshipId").is(user.township() == null ? "\u0000none" : user.township()));
    }

    @GetMapping("/api/v1/mediation/province/report")
    @PreAuthorize("hasRole('provincial-admin')")
    @Operation(summary = "The same figures for each county of the provincial admin's province")
    Map<String, Figures> provinceReport(PlatformUser user) {
        return province.perCounty(user, () -> figures(new Criteria()));
    }

    @GetMapping("/api/v1/mediation/province/{county}/report")
    @PreAuthorize("hasRole('provincial-admin')")
    @Operation(summary = "One county of the provincial admin's province (another province's: 403)")
    Figures provinceCounty(@PathVariable String county, PlatformUser user) {
        return province.inCounty(user, county, () -> figures(new Criteria()));
    }

    private Figures figures(Criteria scope) {
        LocalDate today = cases.today();
        Map<Level, Long> byLevel = new EnumMap<>(Level.class);
        Map<Category, Long> byCategory = new EnumMap<>(Category.class);
        Map<MediationCase.Status, Long> byStatus = new EnumMap<>(MediationCase.Status.class);
        for (Level level : Level.values()) {
            byLevel.put(level, 0L);
        }
        for (Category category : Category.values()) {
            byCategory.put(category, 0L);
        }
        for (MediationCase.Status status : MediationCase.Status.values()) {
            byStatus.put(status, 0L);
        }
        long total = 0;
        long agreements = 0;
        long endedWithout = 0;
        long overdue = 0;
        long risks = 0;
        long escalations = 0;
        long confirmations = 0;
        List<Long> daysToAgreement = new ArrayList<>();
        long ratings = 0;
        long ratingSum = 0;
        for (MediationCase c : mongo.find(Query.query(scope), MediationCase.class)) {
            total++;
            byLevel.merge(c.level(), 1L, Long::sum);
            byCategory.merge(c.category(), 1L, Long::sum);
            byStatus.merge(c.status(), 1L, Long::sum);
            if (c.agreement() != null) {
                agreements++;
                daysToAgreement.add(ChronoUnit.DAYS.between(c.openedOn(), c.agreement().reachedOn()));
            } else if (c.status() == MediationCase.Status.CLOSED || c.status() == MediationCase.Status.FAILED) {
                // a failed case has ended without agreement unless it is escalated (then it is open again)
                endedWithout++;
            }
            if (c.overdue(today)) {
                overdue++;
            }
            if (c.risk() != null && c.status() != MediationCase.Status.CLOSED) {
                risks++;
            }
            escalations += c.escalations().size();
            if (c.judicialConfirmation() != null
                    && c.judicialConfirmation().status() == MediationCase.JudicialStatus.CONFIRMED) {
                confirmations++;
            }
            for (MediationCase.Rating rating : c.ratings()) {
                ratings++;
                ratingSum += rating.score();
            }
        }
        long ended = agreements + endedWithout;
        return new Figures(total, byLevel, byCategory, byStatus, agreements, endedWithout,
                ended == 0 ? 0.0 : Math.round(1000.0 * agreements / ended) / 10.0, median(daysToAgreement), overdue,
                ratings, ratings == 0 ? null : Math.round(100.0 * ratingSum / ratings) / 100.0, risks, escalations,
                confirmations);
    }

    private static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }
}
