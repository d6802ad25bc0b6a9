package org.villagegov.gateway.problem;

/** No such resource (404). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
