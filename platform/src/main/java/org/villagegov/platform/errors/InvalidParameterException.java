package org.villagegov.platform.errors;

import java.util.List;

/**
 * Request parameters that a platform argument resolver refused before the controller ran
 * (400 naming each parameter), worded as Bean Validation words the same limits.
 */
public class InvalidParameterException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidParameterException(List<FieldError> errors) {
        super("Invalid parameters: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
