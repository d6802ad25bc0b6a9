package org.villagegov.gateway.tenant;

/** What token checks need to know of a tenant: its exact issuer and whether it is active. */
public record RegisteredIssuer(String tenant, String issuer, String province, boolean active) {
}
