package org.villagegov.grid.microgrid;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.Role;

/** Who reads micro-grids (in their scope). */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@AnyRole({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.VILLAGE_CADRE, Role.GRID_WORKER, Role.COUNCIL_MEMBER,
        Role.MEDIATOR, Role.INTEGRATOR})
@interface MicroGridReaders {
}
