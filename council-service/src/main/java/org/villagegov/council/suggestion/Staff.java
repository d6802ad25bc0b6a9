package org.villagegov.council.suggestion;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.Role;

/** The readers without villagers: overdue lists, figures and bench meetings name other households. */
@Documented
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@AnyRole({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.VILLAGE_CADRE, Role.COUNCIL_MEMBER, Role.GRID_WORKER,
        Role.INTEGRATOR})
@interface Staff {
}
