package org.villagegov.points.award;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.points.config.PointsProperties;
import org.villagegov.points.household.Household;
import org.villagegov.points.household.Households;
import org.villagegov.points.rule.EffectiveRule;
import org.villagegov.points.rule.Rules;

/** Proposal, decision and objection of awards; crediting is {@link AwardCrediting}'s. */
@Service
class AwardService {

    private final AwardRepository awards;
    private final Households households;
    private final Rules rules;
    private final Caps caps;
    private final PointsProperties properties;
    private final Clock clock;

    AwardService(AwardRepository awards, Households households, Rules rules, Caps caps, PointsProperties properties,
                 Clock clock) {
        this.awards = awards;
        this.households = households;
        this.rules = rules;
        this.caps = caps;
        this.properties = properties;
        this.clock = clock;
    }

    /** Checks the rule and the evidence before anything is written (for single and bulk proposals). */
    EffectiveRule ruleFor(String ruleCode, String evidence, Household household) {
        EffectiveRule rule = rules.require(ruleCode, household.villageId(), "ruleCode");
        if (rule.evidenceRequired() && (evidence == null || evidence.isBlank())) {
            throw new RuleViolationException("evidence", "Rule '" + ruleCode + "' requires evidence");
        }
        return rule;
    }

    Household household(String householdId, PlatformUser user) {
        return households.visible(householdId, user);
    }

    Award propose(Household household, EffectiveRule rule, String evidence, LocalDate occurredOn, String bulkId,
                  PlatformUser user) {
        if (occurredOn.isAfter(CountyTime.today(clock))) {
            throw new RuleViolationException("occurredOn", "An award is for something that happened");
        }
        String capKey = null;
        if (rule.capPerMonth() != null) {
            capKey = household.householdId() + "|" + rule.code() + "|" + YearMonth.from(occurredOn);
            if (!caps.take(capKey, rule.capPerMonth())) {
                throw new RuleViolationException("householdId", "Household " + household.householdId() + " reached the cap of "
                        + rule.capPerMonth() + " award(s) per month for '" + rule.code() + "'");
            }
        }
        Award award = Award.propose(UUID.randomUUID().toString(), household.householdId(), household.townshipId(),
                household.villageId(), household.gridId(), rule.code(), rule.ruleVersion(), rule.points(), evidence,
                occurredOn, capKey, bulkId, user.subject(), clock.instant());
        try {
            return awards.insert(award);
        } catch (RuntimeException e) {
            if (capKey != null) {
                caps.giveBack(capKey);
            }
            throw e;
        }
    }

    Award approve(String id, PlatformUser user) {
        Award award = visible(id, user);
        award.approve(user.subject(), clock.instant(), properties.noticePeriod());
        return awards.save(award);
    }

    Award reject(String id, String reason, PlatformUser user) {
        Award award = visible(id, user);
        award.reject(user.subject(), reason);
        Award saved = awards.save(award);
        if (saved.getCapKey() != null) {
            caps.giveBack(saved.getCapKey());
        }
        return saved;
    }

    Award object(String id, String reason, PlatformUser user) {
        Award award = visible(id, user);
        award.object(user.subject(), reason, clock.instant());
        return awards.save(award);
    }

    Award visible(String id, PlatformUser user) {
        return awards.findById(id)
                .filter(award -> user.mayAccess(award.getTownshipId(), award.getVillageId()))
                .orElseThrow(() -> new NotFoundException("Award", id));
    }
}
