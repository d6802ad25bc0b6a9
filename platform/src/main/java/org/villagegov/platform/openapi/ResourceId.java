package org.villagegov.platform.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;

/**
 * What an id in a path or query parameter may look like: anything else cannot name a record, and is refused
 * (400, naming the parameter) before a lookup. Documented by {@link OperationConventions} as the parameter's
 * {@code pattern} and {@code maxLength}, which springdoc does not read from a composed constraint.
 */
@Documented
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@Pattern(regexp = ResourceId.PATTERN, message = ResourceId.MESSAGE)
public @interface ResourceId {

    /**
     * Generated ids (UUIDs, ObjectIds), region codes, event types and a village's version of a points rule
     * ({@code volunteering@v-huashi}) all fit; a slash or a space never does.
     */
    String PATTERN = "[A-Za-z0-9._:@-]{1,64}";

    int MAX_LENGTH = 64;

    String MESSAGE = "is not an id (letters, digits, '.', '_', ':', '@', '-'; at most 64)";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
