package org.villagegov.grid.household;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.Role;

/** Who registers and edits household files. */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@AnyRole({Role.COUNTY_ADMIN, Role.VILLAGE_CADRE, Role.INTEGRATOR})
@interface HouseholdWriters {
}
