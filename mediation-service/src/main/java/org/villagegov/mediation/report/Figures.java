package org.villagegov.mediation.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.villagegov.mediation.dispute.MediationCase;
import org.villagegov.mediation.triage.Category;
import org.villagegov.mediation.triage.Level;

/**
 * The mediation indicators of a set of cases (docs/domain.md "Reporting"), counted in one pass.
 *
 * @param resolutionRatePercent of the cases whose mediation ended (agreement, failed, or closed without one), the share agreed
 * @param medianDaysToResolve   days from intake to the agreement, median over agreed cases; null when none
 * @param meanSatisfaction      mean of the parties' ratings (1-5); null when none
 */
record Figures(long cases, Map<Level, Long> byLevel, Map<Category, Long> byCategory,
               Map<MediationCase.Status, Long> byStatus, long agreements, long endedWithoutAgreement,
               double resolutionRatePercent, Double medianDaysToResolve, long overdue, long ratings,
               Double meanSatisfaction, long openRiskFlags, long escalations, long judicialConfirmations) {

    /** The figures of these cases as of today (county time). */
    static Figures of(Iterable<MediationCase> cases, LocalDate today) {
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
        for (MediationCase c : cases) {
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
