package org.villagegov.points.household;

import org.springframework.data.mongodb.core.query.Criteria;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Roles;

/** The query-side twin of {@link PlatformUser#mayAccess}: what part of the county a list may show. */
public final class VillageScope {

    private VillageScope() {
    }

    /** Criteria on {@code townshipId}/{@code villageId} fields limiting a list to the caller's scope. */
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
}
