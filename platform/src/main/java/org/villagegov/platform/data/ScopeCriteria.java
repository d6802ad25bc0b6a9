package org.villagegov.platform.data;

import org.springframework.data.mongodb.core.query.Criteria;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Roles;

/**
 * The query-side twin of {@link PlatformUser#mayAccess}: the part of the county a list may
 * show, as criteria on a document's {@code townshipId}/{@code villageId} fields.
 */
public final class ScopeCriteria {

    private ScopeCriteria() {
    }

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

    /** The caller's scope narrowed to one village when they ask for one. */
    public static Criteria of(PlatformUser user, String villageId) {
        if (villageId == null) {
            return of(user);
        }
        return user.isCountyWide() ? Criteria.where("villageId").is(villageId)
                : new Criteria().andOperator(of(user), Criteria.where("villageId").is(villageId));
    }
}
