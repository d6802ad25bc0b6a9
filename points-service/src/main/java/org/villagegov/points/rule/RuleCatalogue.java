package org.villagegov.points.rule;

import java.time.LocalDate;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.villagegov.platform.data.ScopeCriteria;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.place.Place;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Roles;
import org.villagegov.platform.time.CountyTime;

/**
 * The catalogue as people edit it. Who may do what: a county rule is the county admin's and in
 * force at once; a village override is proposed inside the caller's village, stays within the
 * county rule's bound ({@link OverrideBounds}) and waits for a second person.
 */
@Service
class RuleCatalogue {

    private final RuleRepository rules;
    private final RuleQueries queries;
    private final PlaceGuard places;
    private final OverrideBounds bounds;
    private final DefaultRules defaults;
    private final CountyTime time;

    RuleCatalogue(RuleRepository rules, RuleQueries queries, PlaceGuard places, OverrideBounds bounds,
                  DefaultRules defaults, CountyTime time) {
        this.rules = rules;
        this.queries = queries;
        this.places = places;
        this.bounds = bounds;
        this.defaults = defaults;
        this.time = time;
    }

    /** What a rule's terms are to be; the version and the day it starts are the catalogue's. */
    record Draft(String behaviour, Rule.Category category, int points, boolean evidenceRequired, Integer capPerMonth) {
    }

    /** County rules for everyone, village overrides only inside the caller's scope, by id. */
    Page<Rule> list(String villageId, Pageable pageable, PlatformUser user) {
        defaults.ensure();
        if (villageId != null) {
            places.village(villageId, user, "villageId");
        }
        return queries.page(ScopeCriteria.of(user), villageId, pageable);
    }

    /** A county rule (county admin) is in force at once; a village override waits for a second person. */
    Rule create(String code, String townshipId, String villageId, Draft draft, LocalDate effectiveFrom,
                PlatformUser user) {
        defaults.ensure();
        Rule rule;
        if (villageId == null) {
            if (!user.hasRole(Roles.COUNTY_ADMIN)) {
                throw new RuleViolationException("villageId", "A village cadre may only create overrides for their village");
            }
            if (townshipId != null) {
                throw new RuleViolationException("townshipId", "A county rule names no township; overrides name a village");
            }
            rule = Rule.create(code, null, null, new Rule.Terms(1, draft.behaviour(), draft.category(), draft.points(),
                    draft.evidenceRequired(), draft.capPerMonth(), true, user.subject(), time.now(), null, null));
        } else {
            Place village = places.village(villageId, townshipId, user, "villageId", "townshipId");
            bounds.check(code, draft.points());
            Rule.Terms terms = new Rule.Terms(1, draft.behaviour(), draft.category(), draft.points(),
                    draft.evidenceRequired(), draft.capPerMonth(), true, user.subject(), time.now(),
                    bounds.effectiveFrom(effectiveFrom), null);
            rule = Rule.propose(code, village.townshipId(), village.id(), terms);
        }
        try {
            return rules.insert(rule);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Rule '" + Rule.idOf(code, villageId) + "' already exists");
        }
    }

    /** A county rule changes at once (county admin); an override's change waits for approval. */
    Rule change(String id, Draft draft, boolean active, Long version, LocalDate effectiveFrom, PlatformUser user) {
        Rule rule = visible(id, user);
        if (!rule.villageOverride() && !user.hasRole(Roles.COUNTY_ADMIN)) {
            throw new AccessDeniedException("Only a county admin changes county rules");
        }
        if (!rule.version().equals(version)) {
            throw new ConflictException("Rule '" + id + "' was changed meanwhile (version " + rule.version() + ")");
        }
        LocalDate from = bounds.effectiveFrom(effectiveFrom);
        if (rule.villageOverride()) {
            bounds.check(rule.code(), draft.points());
            rule.proposeChange(draft.behaviour(), draft.category(), draft.points(), draft.evidenceRequired(),
                    draft.capPerMonth(), active, user.subject(), time.now(), from);
        } else {
            rule.change(draft.behaviour(), draft.category(), draft.points(), draft.evidenceRequired(),
                    draft.capPerMonth(), active, user.subject(), time.now(), from);
        }
        return rules.save(rule);
    }

    /** The county, or a second person of the village or township: never the proposer. */
    Rule approve(String id, PlatformUser user) {
        Rule rule = visible(id, user);
        if (rule.pending() != null) {
            // the county rule may have changed since the proposal
            bounds.check(rule.code(), rule.pending().points());
        }
        rule.approve(user.subject(), time.today());
        return rules.save(rule);
    }

    Rule reject(String id, PlatformUser user) {
        Rule rule = visible(id, user);
        rule.reject();
        return rules.save(rule);
    }

    /** A county rule is visible to the whole county, an override only inside the caller's scope. */
    Rule visible(String id, PlatformUser user) {
        defaults.ensure();
        return rules.findById(id)
                .filter(rule -> rule.villageId() == null || user.mayAccess(rule.townshipId(), rule.villageId()))
                .orElseThrow(() -> new NotFoundException("Rule", id));
    }
}
