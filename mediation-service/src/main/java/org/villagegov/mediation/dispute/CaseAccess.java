package org.villagegov.mediation.dispute;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;
import org.villagegov.mediation.mediator.Mediator;
import org.villagegov.mediation.mediator.Mediators;
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

    public Optional<Mediator> mediator(PlatformUser user) {
        return user.hasRole(Roles.MEDIATOR) ? mediators.byUser(user.subject()) : Optional.empty();
    }

    /**
     * May the caller run the mediation of a visible case (accept, sessions, outcome)? The staff
     * of its place, or the mediator assigned to it; a villager or a mediator who only sees it
     * in the queue may not.
     */
    public boolean handles(MediationCase c, PlatformUser user) {
        if (user.hasRole(Roles.COUNTY_ADMIN)
                || user.hasRole(Roles.TOWNSHIP_OFFICER) && c.townshipId().equals(user.township())
                || user.hasRole(Roles.VILLAGE_CADRE) && c.villageId().equals(user.village())) {
            return true;
        }
        return c.mediatorId() != null && mediator(user).map(me -> me.id().equals(c.mediatorId())).orElse(false);
    }
}
