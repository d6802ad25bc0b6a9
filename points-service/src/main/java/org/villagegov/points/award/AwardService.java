package org.villagegov.points.award;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.place.HouseholdPlace;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.points.config.PointsProperties;
import org.villagegov.points.rule.EffectiveRule;
import org.villagegov.points.rule.Rules;

/** Proposal, decision and objection of awards; crediting is {@link AwardCrediting}'s. */
@Service
class AwardService {

    private final AwardRepository awards;
    private final PlaceGuard places;
    private final Rules rules;
    private final Caps caps;
    private final PointsProperties properties;
    private final Clock clock;

    AwardService(AwardRepository awards, PlaceGuard places, Rules rules, Caps caps, PointsProperties properties,
                 Clock clock) {
        this.awards = awards;
        this.places = places;
        this.rules = rules;
        this.caps = caps;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * A deed is judged when it is still fresh: not in the future, and not further back than the
     * county's back-dating window (an old deed found later would bypass that month's caps and lists).
     */
    void checkOccurredOn(LocalDate occurredOn) {
        LocalDate today = CountyTime.today(clock);
        if (occurredOn.isAfter(today)) {
            throw new RuleViolationException("occurredOn", "An award is for something that happened");
        }
        if (occurredOn.isBefore(today.minusDays(properties.backdatingDays()))) {
            throw new RuleViolationException("occurredOn", "An award may reach back at most "
                    + properties.backdatingDays() + " days");
        }
    }

    /** Checks the rule in force on the deed's day and the evidence before anything is written. */
    EffectiveRule ruleFor(String ruleCode, String evidence, HouseholdPlace household, LocalDate occurredOn) {
        EffectiveRule rule = rules.require(ruleCode, household.villageId(), occurredOn, "ruleCode");
        if (rule.evidenceRequired() && (evidence == null || evidence.isBlank())) {
            throw new RuleViolationException("evidence", "Rule '" + ruleCode + "' requires evidence");
        }
        return rule;
    }

    HouseholdPlace household(String householdId, PlatformUser user) {
        return places.household(householdId, user, "householdId");
    }

    /** All households of a bulk proposal in one lookup: unknown, inactive or out of scope refuses the whole list. */
    List<HouseholdPlace> households(Collection<String> householdIds, PlatformUser user) {
        return places.households(householdIds, user, "householdIds");
    }

    Award propose(HouseholdPlace household, EffectiveRule rule, String evidence, LocalDate occurredOn, String bulkId,
                  PlatformUser user) {
        checkOccurredOn(occurredOn);
        String id = UUID.randomUUID().toString();
        String capKey = null;
        if (rule.capPerMonth() != null) {
            capKey = Caps.key(household.householdId(), rule.code(), occurredOn);
            if (!caps.take(capKey, rule.capPerMonth(), "award:" + id)) {
                throw new RuleViolationException("householdId", "Household " + household.householdId() + " reached the cap of "
                        + rule.capPerMonth() + " award(s) per month for '" + rule.code() + "'");
            }
        }
        Award award = Award.propose(id, household.householdId(), household.townshipId(),
                household.villageId(), household.gridId(), rule.code(), rule.ruleVersion(), rule.points(), evidence,
                occurredOn, capKey, bulkId, user.subject(), clock.instant());
        try {
            return awards.insert(award);
        } catch (RuntimeException e) {
            if (capKey != null) {
                caps.giveBack(capKey, "award:" + id);
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
            caps.giveBack(saved.getCapKey(), "award:" + saved.getId());
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
