package org.villagegov.platform.errors;

/** A state change the aggregate's current state does not allow, or a duplicate (409). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
