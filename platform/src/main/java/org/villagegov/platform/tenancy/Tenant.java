package org.villagegov.platform.tenancy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A registered tenant as the services see it: the county id, the exact issuer its tokens
 * carry, the province it belongs to, and whether it is active.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Tenant(String id, String issuer, String province, Status status) {

    public enum Status { ACTIVE, SUSPENDED }

    public Tenant {
        TenantId.requireValid(id);
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("Tenant " + id + " has no issuer");
        }
        status = status == null ? Status.ACTIVE : status;
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }

    public boolean isPlatform() {
        return TenantId.PLATFORM.equals(id);
    }
}
