package org.villagegov.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Paging bounds for one {@code Pageable} parameter that differ from the service's
 * {@code platform.paging.*}: {@code @PageBounds(maxSize = 500) Pageable pageable}. A value
 * left at 0 keeps the service's.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface PageBounds {

    int defaultSize() default 0;

    int maxSize() default 0;

    int maxPage() default 0;
}
