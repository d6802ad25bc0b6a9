package org.villagegov.points.award;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.Role;

/** Who may do what with awards: the role sets several endpoints share. */
final class AwardRoles {

    private AwardRoles() {
    }

    /** Who proposes awards: the grid worker who saw the deed and the cadres above. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @AnyRole({Role.GRID_WORKER, Role.VILLAGE_CADRE, Role.TOWNSHIP_OFFICER, Role.COUNTY_ADMIN})
    @interface Proposers {
    }

    /** Who decides a proposal: a cadre of the village or above (never its proposer). */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @AnyRole({Role.VILLAGE_CADRE, Role.TOWNSHIP_OFFICER, Role.COUNTY_ADMIN})
    @interface Deciders {
    }

    /** Staff who read awards with their evidence and officials. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @AnyRole({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.VILLAGE_CADRE, Role.COUNCIL_MEMBER, Role.GRID_WORKER, Role.POINTS_CLERK, Role.INTEGRATOR})
    @interface Readers {
    }
}
