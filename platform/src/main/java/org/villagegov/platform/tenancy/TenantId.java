package org.villagegov.platform.tenancy;

import java.util.regex.Pattern;

/** Tenant ids are lowercase slugs; they become database names, so they are checked strictly. */
public final class TenantId {

    /** The realm of provincial admins and platform operators; not a county. */
    public static final String PLATFORM = "platform";

    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    private TenantId() {
    }

    public static boolean isValid(String tenant) {
        return tenant != null && SLUG.matcher(tenant).matches();
    }

    public static String requireValid(String tenant) {
        if (!isValid(tenant)) {
            throw new IllegalArgumentException("Not a tenant id: " + tenant);
        }
        return tenant;
    }
}
