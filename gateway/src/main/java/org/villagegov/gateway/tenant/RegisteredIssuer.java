package org.villagegov.gateway.tenant;

/**
 * What token checks need to know of a tenant (its exact issuer and whether it is active), and what the
 * services read of it besides: its province and the database cluster holding its databases.
 */
public record RegisteredIssuer(String tenant, String issuer, String province, String cluster, boolean active) {
}
