package org.villagegov.points.rule;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.Role;

/** Who may do what with the rules catalogue: the role sets several endpoints share. */
final class RuleRoles {

    private RuleRoles() {
    }

    /** Every county role reads the catalogue. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @AnyRole({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.VILLAGE_CADRE, Role.COUNCIL_MEMBER, Role.GRID_WORKER, Role.MEDIATOR, Role.POINTS_CLERK, Role.VILLAGER, Role.INTEGRATOR})
    @interface Readers {
    }

    /** Who writes rules: the county its own, a village cadre overrides of their village. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @AnyRole({Role.COUNTY_ADMIN, Role.VILLAGE_CADRE})
    @interface Editors {
    }

    /** Who decides a pending override: the county, or a second person of the village or township. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @AnyRole({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.VILLAGE_CADRE})
    @interface Deciders {
    }
}
