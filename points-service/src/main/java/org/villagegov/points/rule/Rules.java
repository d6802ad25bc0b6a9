package org.villagegov.points.rule;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.villagegov.platform.errors.RuleViolationException;

/** What other features ask the catalogue: which rule applies in this village. */
@Component
public class Rules {

    private final RuleRepository rules;

    Rules(RuleRepository rules) {
        this.rules = rules;
    }

    /** The active rule for the code in the village (village override first); empty when none. */
    public Optional<EffectiveRule> find(String code, String villageId) {
        Optional<Rule> rule = villageId == null ? Optional.empty() : rules.findById(Rule.idOf(code, villageId));
        if (rule.isEmpty()) {
            rule = rules.findById(Rule.idOf(code, null));
        }
        return rule.filter(r -> r.getCurrent().active()).map(r -> new EffectiveRule(r.getId(), r.getCode(),
                r.getCurrent().ruleVersion(), r.getCurrent().behaviour(), r.getCurrent().points(),
                r.getCurrent().evidenceRequired(), r.getCurrent().capPerMonth()));
    }

    /** Like {@link #find} but refuses an unknown or retired rule (422 naming the field). */
    public EffectiveRule require(String code, String villageId, String field) {
        return find(code, villageId).orElseThrow(() -> new RuleViolationException(field, "Unknown or inactive rule '" + code + "'"));
    }
}
