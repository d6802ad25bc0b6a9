package org.villagegov.platform.tenancy;

/** Tenant-scoped work was attempted outside any tenant: a programming error, never a default. */
public class MissingTenantException extends IllegalStateException {

    MissingTenantException() {
        super("No tenant in context: tenant-scoped work must run inside TenantContext");
    }
}
