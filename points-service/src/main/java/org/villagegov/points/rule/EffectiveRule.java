package org.villagegov.points.rule;

/** The terms that apply to a household of a village now: the village override if any, else the county rule. */
public record EffectiveRule(String ruleId, String code, int ruleVersion, String behaviour, int points,
                            boolean evidenceRequired, Integer capPerMonth) {
}
