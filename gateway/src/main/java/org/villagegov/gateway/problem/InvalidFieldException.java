package org.villagegov.gateway.problem;

/** One field of the request is not acceptable for a reason bean validation cannot see (400 naming the field). */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
