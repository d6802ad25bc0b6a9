package org.villagegov.platform.deprecation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation (or every operation of a controller) as deprecated, with the day it stops
 * answering. Integrators learn it from every answer's headers and from the OpenAPI document, so a
 * breaking change is never a surprise: the old operation keeps working, side by side with its
 * successor, for at least {@link #MINIMUM_NOTICE_DAYS} days.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Sunset {

    /** The notice an integrator gets between the deprecation and the removal (docs/integrators.md). */
    int MINIMUM_NOTICE_DAYS = 180;

    /** The day the operation was deprecated, as an ISO date ({@code 2027-01-15}). */
    String deprecatedOn();

    /** The first day it may no longer answer, as an ISO date; at least the notice after {@link #deprecatedOn()}. */
    String removedOn();

    /** Where its replacement is: a path under {@code /api/v1} or a documentation address; empty for none. */
    String successor() default "";
}
