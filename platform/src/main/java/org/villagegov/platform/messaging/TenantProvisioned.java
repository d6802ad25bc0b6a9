package org.villagegov.platform.messaging;

/**
 * Spring application event published inside a service after the platform handled a
 * {@code tenant.provisioned} message and created the tenant's indexes: the place for a
 * service to create its per-county defaults. Runs inside the tenant's context.
 */
public record TenantProvisioned(String tenant) {
}
