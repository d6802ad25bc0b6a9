package org.villagegov.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Who may call an endpoint, typed: {@code @AnyRole({Role.COUNTY_ADMIN, Role.VILLAGE_CADRE})} is
 * {@code @PreAuthorize("hasAnyRole('county-admin','village-cadre')")} (Spring Security's annotation
 * templates, registered by the platform). On a method or a controller (the method's wins), or on
 * a service's own annotation that names a role set several endpoints share:
 * <pre>
 * &#64;Target({METHOD, TYPE}) &#64;Retention(RUNTIME)
 * &#64;AnyRole({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.VILLAGE_CADRE})
 * &#64;interface Readers {}
 * </pre>
 * Such an annotation must declare no attribute named {@code value}: it would fill the template instead.
 */
@Documented
@Target({ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("hasAnyRole({value})")
public @interface AnyRole {

    Role[] value();
}
