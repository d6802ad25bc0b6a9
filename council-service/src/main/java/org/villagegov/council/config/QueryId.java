package org.villagegov.council.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;

/**
 * What an id in a query may look like: anything else cannot name a record, and is refused (400,
 * naming the parameter) before a lookup.
 */
@Documented
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@Pattern(regexp = "[A-Za-z0-9._:-]{1,64}", message = "is not an id (letters, digits, '.', '_', ':', '-'; at most 64)")
public @interface QueryId {

    String message() default "is not an id (letters, digits, '.', '_', ':', '-'; at most 64)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
