package org.villagegov.council.evaluation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.Role;

/** Who reads scores and rankings: the cadres, council members and those above them, not villagers or grid workers. */
@Documented
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@AnyRole({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.VILLAGE_CADRE, Role.COUNCIL_MEMBER, Role.INTEGRATOR})
@interface EvaluationReaders {
}
