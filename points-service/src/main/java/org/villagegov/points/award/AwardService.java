package org.villagegov.points.award;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
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
    private final AwardQueries queries;
    private final PlaceGuard places;
    private final Rules rules;
    private final Caps caps;
    private final PointsProperties properties;
    private final AwardCrediting crediting;
    private final CountyTime time;

    AwardService(AwardRepository awards, AwardQueries queries, PlaceGuard places, Rules rules, Caps caps,
                 PointsProperties properties, AwardCrediting crediting, CountyTime time) {
        this.awards = awards;
        this.queries = queries;
        this.places = places;
        this.rules = rules;
        this.caps = caps;
        this.properties = properties;
        this.crediting = crediting;
        this.time = time;
    }

    /** A household the bulk proposal could not include (at its cap), and why. */
    record Refusal(String householdId, String reason) {
    }

    /** What a bulk proposal did: the awards proposed under one {@code bulkId}, and the households refused. */
    record BulkProposal(String bulkId, List<Award> proposed, List<Refusal> refused) {
    }

    /** The deed's day, the household and the rule in force that day are checked before anything is written. */
    Award propose(String householdId, String ruleCode, String evidence, LocalDate occurredOn, PlatformUser user) {
        checkOccurredOn(occurredOn);
        HouseholdPlace household = places.household(householdId, user, "householdId");
        EffectiveRule rule = ruleFor(ruleCode, evidence, household, occurredOn);
        return propose(household, rule, evidence, occurredOn, null, user);
    }

    /**
     * Everyone who cleaned the river: every household (in one grid lookup) and the rule are checked
     * first, so a bad list stores nothing; a household at its cap is reported back, the others are proposed.
     */
    BulkProposal proposeBulk(List<String> householdIds, String ruleCode, String evidence, LocalDate occurredOn,
                             PlatformUser user) {
        var ids = new LinkedHashSet<>(householdIds);
        if (ids.size() != householdIds.size()) {
            throw new RuleViolationException("householdIds", "A household is listed twice");
        }
        checkOccurredOn(occurredOn);
        List<HouseholdPlace> households = places.households(ids, user, "householdIds");
        List<EffectiveRule> rules = households.stream().map(h -> ruleFor(ruleCode, evidence, h, occurredOn)).toList();
        String bulkId = UUID.randomUUID().toString();
        List<Award> proposed = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (int i = 0; i < households.size(); i++) {
            try {
                proposed.add(propose(households.get(i), rules.get(i), evidence, occurredOn, bulkId, user));
            } catch (RuleViolationException e) {
                refused.add(new Refusal(households.get(i).householdId(), e.getMessage()));
            }
        }
        return new BulkProposal(bulkId, List.copyOf(proposed), List.copyOf(refused));
    }

    /** Awards in the caller's scope, narrowed by the filters the query names (each checked by the guard). */
    Page<Award> list(String villageId, Award.Status status, String householdId, Pageable pageable, PlatformUser user) {
        Criteria scope = places.listScope(user, villageId);
        if (householdId != null) {
            places.householdFilter(householdId, user, "householdId");
        }
        return queries.page(scope, status, householdId, pageable);
    }

    Page<Award> board(String villageId, Pageable pageable, PlatformUser user) {
        return queries.board(places.listScope(user, villageId), pageable);
    }

    /**
     * A deed is judged when it is still fresh: not in the future, and not further back than the
     * county's back-dating window (an old deed found later would bypass that month's caps and lists).
     */
    private void checkOccurredOn(LocalDate occurredOn) {
        LocalDate today = time.today();
        if (occurredOn.isAfter(today)) {
            throw new RuleViolationException("occurredOn", "An award is for something that happened");
        }
        if (occurredOn.isBefore(today.minusDays(properties.backdatingDays()))) {
            throw new RuleViolationException("occurredOn", "An award may reach back at most "
                    + properties.backdatingDays() + " days");
        }
    }

    /** Checks the rule in force on the deed's day and the evidence before anything is written. */
    private EffectiveRule ruleFor(String ruleCode, String evidence, HouseholdPlace household, LocalDate occurredOn) {
        EffectiveRule rule = rules.require(ruleCode, household.villageId(), occurredOn, "ruleCode");
        if (rule.evidenceRequired() && (evidence == null || evidence.isBlank())) {
            throw new RuleViolationException("evidence", "Rule '" + ruleCode + "' requires evidence");
        }
        return rule;
    }

    private Award propose(HouseholdPlace household, EffectiveRule rule, String evidence, LocalDate occurredOn, String bulkId,
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
                occurredOn, capKey, bulkId, user.subject(), time.now());
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
        award.approve(user.subject(), time.now(), properties.noticePeriod());
        crediting.expect();  // before the approval is stored, so that no crash leaves an approved award unswept
        return awards.save(award);
    }

    Award reject(String id, String reason, PlatformUser user) {
        Award award = visible(id, user);
        award.reject(user.subject(), reason);
        Award saved = awards.save(award);
        if (saved.capKey() != null) {
            caps.giveBack(saved.capKey(), "award:" + saved.id());
        }
        return saved;
    }

    Award object(String id, String reason, PlatformUser user) {
        Award award = visible(id, user);
        award.object(user.subject(), reason, time.now());
        return awards.save(award);
    }

    Award visible(String id, PlatformUser user) {
        return awards.findById(id)
                .filter(award -> user.mayAccess(award.townshipId(), award.villageId()))
                .orElseThrow(() -> new NotFoundException("Award", id));
    }
}
