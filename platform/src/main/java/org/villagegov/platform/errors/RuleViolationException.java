package org.villagegov.platform.errors;

/** Well-formed input that a domain rule refuses, naming the field it is about (422). */
public class RuleViolationException extends RuntimeException {

    private final String field;

    public RuleViolationException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
