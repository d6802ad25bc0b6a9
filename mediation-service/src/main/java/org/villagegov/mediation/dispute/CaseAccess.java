package org.villagegov.mediation.dispute;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.villagegov.mediation.mediator.Mediator;
import org.villagegov.mediation.mediator.Mediators;
import org.villagegov.mediation.triage.Level;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Roles;

/**
 * Which cases a caller may see, as one query criterion used for lists and for single reads
 * alike (so the two can never disagree): county-wide accounts all; a township officer their
 * township; a village cadre their village; a mediator the cases assigned to them and the
 * unassigned open cases of their level and place (their queue); a villager the cases in
 * which one of the parties is their account. Roles add up.
 */
@Component
public class CaseAccess {

    private static final Criteria NOTHING = Criteria.where("_id").is("\u0000none");

    private final Mediators mediators;

    CaseAccess(Mediators mediators) {
        this.mediators = mediators;
    }

    public Criteria scope(PlatformUser user) {
        if (user.isPlatformRealm()) {
            return NOTHING;
        }
        if (user.isCountyWide()) {
            return new Criteria();
        }
        List<Criteria> any = new ArrayList<>();
        if (user.hasRole(Roles.TOWNSHIP_OFFICER) && user.township() != null) {
            any.add(Criteria.where("townshipId").is(user.township()));
        }
        if (user.hasRole(Roles.VILLAGE_CADRE) && user.village() != null) {
            any.add(Criteria.where("villageId").is(user.village()));
        }
        if (user.hasRole(Roles.MEDIATOR)) {
            mediator(user).ifPresent(me -> {
                any.add(Criteria.where("mediatorId").is(me.id()));
                any.add(queue(me));
            });
        }
        if (user.hasRole(Roles.VILLAGER) && user.subject() != null) {
            any.add(Criteria.where("parties.userId").is(user.subject()));
        }
        if (any.isEmpty()) {
            return NOTHING;
        }
        return any.size() == 1 ? any.getFirst() : new Criteria().orOperator(any);
    }

    /** The open, unassigned cases of a mediator's level in the place they serve. */
    private static Criteria queue(Mediator me) {
        Criteria queue = Criteria.where("status").is(MediationCase.Status.OPEN).and("mediatorId").is(null)
                .and("level").is(me.level());
        return switch (me.level()) {
            case VILLAGE -> queue.and("villageId").is(me.villageId());
            case TOWNSHIP -> queue.and("townshipId").is(me.townshipId());
            case COUNTY -> queue;
        };
    }

    private Optional<Mediator> mediator(PlatformUser user) {
        return user.hasRole(Roles.MEDIATOR) ? mediators.byUser(user.subject()) : Optional.empty();
    }

    /**
     * The level policy, in this one place: may the caller run the mediation of a visible case
     * (classify, assign, accept, sessions, outcome, escalate, refer, close, risk)? Who acts
     * follows the case's level: the village's staff (its cadre) on village-level cases of their
     * village, a township officer on township-level cases of their township, the county admin on
     * every case; a mediator only on a case assigned to them at their own level (a county-level
     * mediator at any). Escalation therefore hands a case over: the village cadre still reads it
     * (their villagers are the parties, see {@link #scope}) but no longer acts on it. A villager,
     * an integrator, or a mediator who only sees the case in the queue may not act.
     */
    boolean handles(MediationCase c, PlatformUser user) {
        if (user.hasRole(Roles.COUNTY_ADMIN)
                || user.hasRole(Roles.TOWNSHIP_OFFICER) && c.level() == Level.TOWNSHIP && c.townshipId().equals(user.township())
                || user.hasRole(Roles.VILLAGE_CADRE) && c.level() == Level.VILLAGE && c.villageId().equals(user.village())) {
            return true;
        }
        return c.mediatorId() != null && mediator(user)
                .filter(me -> me.id().equals(c.mediatorId()))
                .map(me -> me.level() == Level.COUNTY || me.level() == c.level())
                .orElse(false);
    }

    /**
     * Whose rating this is: the party's own (a villager whose account is that party), or a paper
     * rating recorded by staff who may act on the case. A mediator who ever mediated the case
     * never rates it, not even on paper for a party (403); nor does anyone else.
     *
     * @return true for a paper rating, false for the party's own
     */
    boolean paperRating(MediationCase c, String partyId, PlatformUser user) {
        Party party = c.party(partyId);
        if (user.hasRole(Roles.VILLAGER) && party != null && user.subject() != null && user.subject().equals(party.userId())) {
            return false;
        }
        if (mediatedIt(c, user)) {
            throw new AccessDeniedException("The case's mediator does not rate it, nor record ratings for its parties");
        }
        if (user.hasAnyRole(Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VILLAGE_CADRE) && handles(c, user)) {
            return true;
        }
        throw new AccessDeniedException("A villager rates only as their own party; staff of the case record paper ratings");
    }

    /** Was the caller ever assigned as the case's mediator? */
    private boolean mediatedIt(MediationCase c, PlatformUser user) {
        return mediator(user).map(me -> me.id().equals(c.mediatorId())
                || c.assignments().stream().anyMatch(a -> me.id().equals(a.mediatorId()))).orElse(false);
    }
}
