package org.villagegov.points.rule;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.villagegov.platform.errors.RuleViolationException;

/** What other features ask the catalogue: which rule applied in this village on the day of a deed. */
@Component
public class Rules {

    private final RuleRepository rules;
    private final DefaultRules defaults;

    Rules(RuleRepository rules, DefaultRules defaults) {
        this.rules = rules;
        this.defaults = defaults;
    }

    /**
     * The rule for the code in the village as it stood on {@code day}: the village override's
     * version in force then if any, else the county rule's; empty when unknown or retired.
     */
    public Optional<EffectiveRule> find(String code, String villageId, LocalDate day) {
        defaults.ensure();
        Optional<Rule> override = villageId == null ? Optional.empty() : rules.findById(Rule.idOf(code, villageId));
        Optional<EffectiveRule> fromOverride = override.flatMap(rule -> effective(rule, day));
        if (override.isPresent() && override.get().inForceOn(day).isPresent()) {
            return fromOverride;
        }
        return rules.findById(Rule.idOf(code, null)).flatMap(rule -> effective(rule, day));
    }

    /** Like {@link #find} but refuses an unknown or retired rule (422 naming the field). */
    public EffectiveRule require(String code, String villageId, LocalDate day, String field) {
        return find(code, villageId, day)
                .orElseThrow(() -> new RuleViolationException(field, "Unknown or inactive rule '" + code + "'"));
    }

    private static Optional<EffectiveRule> effective(Rule rule, LocalDate day) {
        return rule.inForceOn(day).filter(Rule.Terms::active).map(terms -> new EffectiveRule(rule.id(),
                rule.code(), terms.ruleVersion(), terms.behaviour(), terms.points(), terms.evidenceRequired(),
                terms.capPerMonth()));
    }
}
