package org.villagegov.platform.errors;

/** A request the caller may not make, whatever their roles (403 with this message). */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
