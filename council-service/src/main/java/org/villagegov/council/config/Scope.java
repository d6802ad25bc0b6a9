package org.villagegov.council.config;

import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Roles;

/** Who counts as only a villager (lists are scoped by the platform's {@code ScopeCriteria}). */
public final class Scope {

    private Scope() {
    }

    /** Writes by villagers are refused, except the few routes that say so themselves. */
    public static boolean isVillagerOnly(PlatformUser user) {
        return user.hasRole(Roles.VILLAGER) && !user.hasAnyRole(Roles.VILLAGE_CADRE, Roles.COUNTY_ADMIN,
                Roles.TOWNSHIP_OFFICER, Roles.COUNCIL_MEMBER, Roles.GRID_WORKER, Roles.INTEGRATOR, Roles.SERVICE);
    }
}
