package org.villagegov.council.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.Role;

/** Everyone of the county with a part in village affairs may read the council's records (scoped per object and list). */
@Documented
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@AnyRole({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.VILLAGE_CADRE, Role.COUNCIL_MEMBER, Role.GRID_WORKER,
        Role.VILLAGER, Role.INTEGRATOR})
public @interface Readers {
}
