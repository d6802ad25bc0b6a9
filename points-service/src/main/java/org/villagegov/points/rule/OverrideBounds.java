package org.villagegov.points.rule;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.points.config.PointsProperties;

/**
 * How far a village may move from the county's catalogue: an override exists only for a county
 * rule, keeps its sign and stays within {@code points.override-bound-percent} of its points, and
 * starts today or later (a rule change never reaches back to deeds already done).
 */
@Component
class OverrideBounds {

    private final RuleRepository rules;
    private final PointsProperties properties;
    private final CountyTime time;

    OverrideBounds(RuleRepository rules, PointsProperties properties, CountyTime time) {
        this.rules = rules;
        this.properties = properties;
        this.time = time;
    }

    void check(String code, int points) {
        Rule county = rules.findById(Rule.idOf(code, null))
                .orElseThrow(() -> new RuleViolationException("code", "A village override needs the county rule '" + code + "'"));
        int base = county.inForceOn(time.today()).orElse(county.current()).points();
        long bound = Math.abs((long) base) * properties.overrideBoundPercent();
        boolean sameSign = Integer.signum(points) == Integer.signum(base);
        if (!sameSign || Math.abs((long) points - base) * 100 > bound) {
            long low = base - bound / 100;
            long high = base + bound / 100;
            throw new RuleViolationException("points", "A village override of '" + code + "' (county: " + base
                    + ") stays between " + Math.min(low, high) + " and " + Math.max(low, high) + ", same sign");
        }
    }

    /** The day a change starts: today when not asked, never before today. */
    LocalDate effectiveFrom(LocalDate asked) {
        LocalDate today = time.today();
        if (asked == null) {
            return today;
        }
        if (asked.isBefore(today)) {
            throw new RuleViolationException("effectiveFrom", "A rule change takes effect today or later, never retroactively");
        }
        if (asked.isAfter(today.plusYears(2))) {
            throw new RuleViolationException("effectiveFrom", "At most two years ahead");
        }
        return asked;
    }
}
