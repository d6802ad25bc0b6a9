package org.villagegov.council.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.Role;

/** The village's cadres (own village, checked per object) and the county admin write the council's records. */
@Documented
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@AnyRole({Role.VILLAGE_CADRE, Role.COUNTY_ADMIN})
public @interface Writers {
}
