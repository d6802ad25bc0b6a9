package org.villagegov.mediation.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.Role;

/**
 * Everyone who may read cases and open one: the mediation staff, a villager (their own cases,
 * filed online) and an integrator such as a hotline system. What each sees is the case scope's affair.
 */
@Documented
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@AnyRole({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.VILLAGE_CADRE, Role.MEDIATOR, Role.VILLAGER, Role.INTEGRATOR})
public @interface CaseReaders {
}
