package org.villagegov.platform.security;

import org.villagegov.platform.errors.ForbiddenException;

/** A request named another tenant than its token's: refused with 403. */
public class TenantMismatchException extends ForbiddenException {

    private final String field;

    public TenantMismatchException(String field, String named, String tokenTenant) {
        super("The request names tenant '" + named + "' in '" + field + "' but the token belongs to '" + tokenTenant + "'");
        this.field = field;
    }

    public String field() {
        return field;
    }
}
