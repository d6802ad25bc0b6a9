package org.villagegov.platform.tenancy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A registered tenant as the services see it: the county id, the exact issuer its tokens
 * carry, the province it belongs to, whether it is active, and the database cluster its
 * databases live on (a connection name, {@link #MAIN_CLUSTER} when the registry names none).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Tenant(String id, String issuer, String province, Status status, String cluster) {

    /**
     * The cluster of a service's {@code spring.mongodb.uri}: where every county lived before there were
     * several, so a registry entry without a cluster means this one.
     */
    public static final String MAIN_CLUSTER = "main";

    public enum Status { ACTIVE, SUSPENDED }

    public Tenant {
        TenantId.requireValid(id);
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("Tenant " + id + " has no issuer");
        }
        status = status == null ? Status.ACTIVE : status;
        cluster = cluster == null || cluster.isBlank() ? MAIN_CLUSTER : cluster;
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }

    public boolean isPlatform() {
        return TenantId.PLATFORM.equals(id);
    }
}
