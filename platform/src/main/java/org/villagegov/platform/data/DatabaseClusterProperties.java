package org.villagegov.platform.data;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.villagegov.platform.tenancy.Tenant;
import org.villagegov.platform.tenancy.TenantId;

/**
 * The database clusters beside the main one ({@code platform.data.clusters.<name>.uri}). The main
 * cluster, {@value Tenant#MAIN_CLUSTER}, is {@code spring.mongodb.uri} and cannot be named here: a
 * second address under the same name would make it ambiguous which one holds the counties on it.
 *
 * @param clusters each further cluster by the connection name the tenant registry gives its counties
 */
@ConfigurationProperties("platform.data")
public record DatabaseClusterProperties(@DefaultValue Map<String, Cluster> clusters) {

    public DatabaseClusterProperties {
        clusters = new TreeMap<>(clusters);
        clusters.forEach((name, cluster) -> {
            if (Tenant.MAIN_CLUSTER.equals(name)) {
                throw new IllegalArgumentException("platform.data.clusters." + name
                        + ": the main cluster is spring.mongodb.uri, it cannot be configured again here");
            }
            if (!TenantId.isValid(name)) {
                throw new IllegalArgumentException("platform.data.clusters." + name + ": not a lowercase slug");
            }
            if (cluster == null || cluster.uri() == null || cluster.uri().isBlank()) {
                throw new IllegalArgumentException("platform.data.clusters." + name + ".uri is missing");
            }
        });
        clusters = Map.copyOf(clusters);
    }

    /**
     * One cluster's address. Everything about its client that differs from the main one's (credentials,
     * TLS, replica set, timeouts) goes into the URI; the platform's fail-fast timeouts apply to every cluster.
     *
     * @param uri the cluster's connection string
     */
    public record Cluster(String uri) {
    }
}
