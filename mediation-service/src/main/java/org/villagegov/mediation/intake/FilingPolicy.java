package org.villagegov.mediation.intake;

import java.util.List;

import org.villagegov.mediation.dispute.MediationCase;
import org.villagegov.mediation.dispute.Party;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.place.Place;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Roles;

/**
 * Who files how, and where the case is placed. A villager (without a staff role) files ONLINE,
 * as their own household, in their own village; the staff and integrators file walk-ins,
 * hotline calls and referrals in a village they may act in (the named one, else the first
 * household's). Grid reports never come through here.
 */
final class FilingPolicy {

    /** Where a case is: its township and village. */
    record Where(String townshipId, String villageId) {
    }

    private FilingPolicy() {
    }

    /** A villager who holds no staff or integrator role files as a villager (their own household, their village). */
    static boolean filesAsVillager(PlatformUser user) {
        return user.hasRole(Roles.VILLAGER) && !user.hasAnyRole(Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER,
                Roles.VILLAGE_CADRE, Roles.MEDIATOR, Roles.INTEGRATOR);
    }

    /** The source the filer may use: never GRID_REPORT; a villager only ONLINE; a referral names its referrer. */
    static void checkSource(MediationCase.Source source, boolean referralGiven, boolean asVillager) {
        if (source == MediationCase.Source.GRID_REPORT) {
            throw new RuleViolationException("source", "Grid reports arrive from grid-service, not through this route");
        }
        if (asVillager && source != MediationCase.Source.ONLINE) {
            throw new RuleViolationException("source", "A villager files ONLINE");
        }
        if (source == MediationCase.Source.REFERRAL && !referralGiven) {
            throw new RuleViolationException("referral", "A referral names who referred it (POLICE or COURT) and their reference");
        }
    }

    /**
     * The staff's case: in the named village (which the caller may act in; a township in the body
     * must be the village's), else in the first household's village.
     */
    static Where staffPlace(String villageId, String townshipId, List<Party> parties, PlatformUser user, PlaceGuard places) {
        if (villageId != null) {
            Place village = places.village(villageId, townshipId, user, "villageId", "townshipId");
            return new Where(village.townshipId(), village.id());
        }
        Party first = parties.stream().filter(p -> p.kind() == Party.Kind.HOUSEHOLD).findFirst()
                .orElseThrow(() -> new RuleViolationException("villageId",
                        "Name the village of the dispute when no party is a household of the county"));
        return agreeing(townshipId, new Where(first.townshipId(), first.villageId()));
    }

    /** A villager's case is in their own household's village; a body naming another place is refused, not followed. */
    static Where villagersPlace(String villageId, String townshipId, Party own) {
        Where where = new Where(own.townshipId(), own.villageId());
        if (villageId != null && !villageId.equals(where.villageId())) {
            throw new RuleViolationException("villageId", "Your case is placed in your own village; leave villageId out");
        }
        return agreeing(townshipId, where);
    }

    private static Where agreeing(String townshipId, Where where) {
        if (townshipId != null && !townshipId.equals(where.townshipId())) {
            throw new RuleViolationException("townshipId", "The case's township is taken from the region tree; leave townshipId out");
        }
        return where;
    }
}
