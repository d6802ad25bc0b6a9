package org.villagegov.platform.tenancy;

import java.util.Collection;
import java.util.Optional;

/** Which tenants exist and which token issuers they own. Lookups are exact, never by prefix. */
public interface TenantRegistry {

    Optional<Tenant> byIssuer(String issuer);

    Optional<Tenant> byId(String tenantId);

    /** Every registered tenant, the platform realm included. */
    Collection<Tenant> all();

    /** Forget cached entries, e.g. after a tenant was onboarded or suspended. */
    default void refresh() {
    }

    /** Counties only (no platform realm) that are active: whose databases the services serve. */
    default Collection<Tenant> activeCounties() {
        return all().stream().filter(t -> t.active() && !t.isPlatform()).toList();
    }
}
