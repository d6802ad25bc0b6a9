package org.villagegov.grid.region;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.Role;

/** Everyone of the county, other services included: region names are public within the county. */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@AnyRole({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.VILLAGE_CADRE, Role.COUNCIL_MEMBER, Role.GRID_WORKER,
        Role.MEDIATOR, Role.POINTS_CLERK, Role.VILLAGER, Role.INTEGRATOR, Role.SERVICE})
@interface RegionReaders {
}
