package org.villagegov.council.config;

import org.springframework.data.mongodb.core.query.Criteria;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Roles;

/** The query-side twin of {@link PlatformUser#mayAccess}: the part of the county a list may show. */
public final class Scope {

    private Scope() {
    }

    /** Criteria on the {@code townshipId}/{@code villageId} fields limiting a list to the caller's scope. */
    public static Criteria of(PlatformUser user) {
        if (user.isCountyWide()) {
            return new Criteria();
        }
        if (user.hasRole(Roles.TOWNSHIP_OFFICER) && user.township() != null) {
            return user.village() == null ? Criteria.where("townshipId").is(user.township())
                    : new Criteria().orOperator(Criteria.where("townshipId").is(user.township()),
                    Criteria.where("villageId").is(user.village()));
        }
        // no village claim: nothing (an impossible id keeps the query simple)
        return Criteria.where("villageId").is(user.village() == null ? "\u0000none" : user.village());
    }

    /** Scope narrowed to one village when the caller asks for one. */
    public static Criteria of(PlatformUser user, String villageId) {
        if (villageId == null) {
            return of(user);
        }
        return user.isCountyWide() ? Criteria.where("villageId").is(villageId)
                : new Criteria().andOperator(of(user), Criteria.where("villageId").is(villageId));
    }

    /** Writes by villagers are refused, except the few routes that say so themselves. */
    public static boolean isVillagerOnly(PlatformUser user) {
        return user.hasRole(Roles.VILLAGER) && !user.hasAnyRole(Roles.VILLAGE_CADRE, Roles.COUNTY_ADMIN,
                Roles.TOWNSHIP_OFFICER, Roles.COUNCIL_MEMBER, Roles.GRID_WORKER, Roles.INTEGRATOR, Roles.SERVICE);
    }
}
