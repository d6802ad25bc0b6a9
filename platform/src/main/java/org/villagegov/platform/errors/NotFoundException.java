package org.villagegov.platform.errors;

/** The resource does not exist in the caller's tenant, or the caller may not know it does (404). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " '" + id + "' was not found");
    }
}
