package org.villagegov.platform.security;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.villagegov.platform.tenancy.TenantId;

/**
 * Who is calling, as services need it for object-level checks: tenant (from the token's
 * issuer), roles, and the township / village / province the account is scoped to.
 */
public record PlatformUser(String subject, String username, String tenant, Set<String> roles,
                           String township, String village, String province, String clientId) {

    public static PlatformUser from(Jwt jwt, String tenant, Set<String> roles) {
        return new PlatformUser(jwt.getSubject(), jwt.getClaimAsString("preferred_username"), tenant, Set.copyOf(roles),
                jwt.getClaimAsString("township"), jwt.getClaimAsString("village"),
                jwt.getClaimAsString("province"), jwt.getClaimAsString("azp"));
    }

    /** The caller of the current request or message; fails when there is none. */
    public static PlatformUser current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof PlatformAuthentication platform) {
            return platform.user();
        }
        throw new IllegalStateException("No authenticated platform user");
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean isPlatformRealm() {
        return TenantId.PLATFORM.equals(tenant);
    }

    /** County-wide accounts see every village of their county. */
    public boolean isCountyWide() {
        return hasAnyRole(Roles.COUNTY_ADMIN, Roles.INTEGRATOR, Roles.SERVICE);
    }

    /**
     * Object-level scope check: may this caller act on something located in the given
     * township and village of their own county? County-wide roles may; a township officer
     * only inside their township; everyone else only inside their village.
     */
    public boolean mayAccess(String townshipId, String villageId) {
        if (isPlatformRealm()) {
            return false;
        }
        if (isCountyWide()) {
            return true;
        }
        if (hasRole(Roles.TOWNSHIP_OFFICER) && township != null && township.equals(townshipId)) {
            return true;
        }
        return village != null && village.equals(villageId);
    }
}
