package org.villagegov.platform.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.security.access.AccessDeniedException;
import org.villagegov.platform.tenancy.Tenant;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.tenancy.TenantRegistry;

/**
 * Read-only reports across counties for a provincial admin: which counties their province
 * holds, and running a report once inside each county's own context (so each county's
 * figures come from that county's databases only).
 */
public class ProvinceScope {

    private final TenantRegistry registry;

    public ProvinceScope(TenantRegistry registry) {
        this.registry = registry;
    }

    /** The active counties of the caller's province; refuses anyone but a provincial admin. */
    public List<String> counties(PlatformUser user) {
        if (!user.isPlatformRealm() || !user.hasRole(Roles.PROVINCIAL_ADMIN) || user.province() == null) {
            throw new AccessDeniedException("Only a provincial admin may read provincial reports");
        }
        return registry.activeCounties().stream()
                .filter(tenant -> user.province().equals(tenant.province()))
                .map(Tenant::id)
                .sorted()
                .toList();
    }

    /** Runs the report in each county of the caller's province, keyed by county id. */
    public <T> Map<String, T> perCounty(PlatformUser user, Supplier<T> report) {
        Map<String, T> results = new LinkedHashMap<>();
        for (String county : counties(user)) {
            results.put(county, TenantContext.call(county, report));
        }
        return results;
    }

    /** One county of the caller's province; another province's county is refused (403). */
    public <T> T inCounty(PlatformUser user, String county, Supplier<T> report) {
        if (!counties(user).contains(county)) {
            throw new AccessDeniedException("County '" + county + "' is not in your province");
        }
        return TenantContext.call(county, report);
    }
}
