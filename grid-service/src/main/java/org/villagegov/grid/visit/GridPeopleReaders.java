package org.villagegov.grid.visit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.Role;

/** The grid's own people and their superiors: who reads pairings, visits and follow-ups. */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@AnyRole({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.VILLAGE_CADRE, Role.GRID_WORKER})
@interface GridPeopleReaders {
}
