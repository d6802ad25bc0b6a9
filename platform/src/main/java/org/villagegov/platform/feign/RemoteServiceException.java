package org.villagegov.platform.feign;

/**
 * Another service answered a synchronous call with an error, or did not answer in time.
 * Carries what the caller needs to answer its own client clearly.
 */
public class RemoteServiceException extends RuntimeException {

    public enum Kind {
        /** The other service says the thing referred to does not exist (its 404). */
        NOT_FOUND,
        /** The other service refused the request (its other 4xx). */
        REFUSED,
        /** The other service refused our credentials or scope (its 401/403). */
        FORBIDDEN,
        /** Down, failing (5xx) or too slow: try again later. */
        UNAVAILABLE
    }

    private final String service;
    private final Kind kind;

    public RemoteServiceException(String service, Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.service = service;
        this.kind = kind;
    }

    public String service() {
        return service;
    }

    public Kind kind() {
        return kind;
    }
}
