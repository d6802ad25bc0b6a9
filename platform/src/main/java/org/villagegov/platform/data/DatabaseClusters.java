package org.villagegov.platform.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.mongodb.client.MongoClient;
import org.villagegov.platform.tenancy.Tenant;
import org.villagegov.platform.tenancy.TenantId;
import org.villagegov.platform.tenancy.TenantRegistry;

/**
 * The service's clients, one per database cluster, and which one holds a county: the cluster its
 * registry entry names. The main cluster ({@code spring.mongodb.uri}) also holds the service's own
 * platform database. A county is never sent to another cluster than its own: one whose cluster this
 * service has no client for fails ({@link UnknownDatabaseClusterException}). A county the registry
 * does not know can only be placed when the main cluster is the only one (a single-cluster
 * deployment, as before there were several); with several, it fails too.
 */
public class DatabaseClusters implements AutoCloseable {

    private final MongoClient main;
    private final Map<String, MongoClient> others;
    private final Supplier<TenantRegistry> registry;

    /**
     * @param main     the main cluster's client, owned by the caller (Spring Boot's {@code MongoClient})
     * @param others   the further clusters' clients by name, closed with this
     * @param registry the tenant registry, or a supplier of null where there is none (a test slice)
     */
    public DatabaseClusters(MongoClient main, Map<String, MongoClient> others, Supplier<TenantRegistry> registry) {
        this.main = main;
        this.others = Map.copyOf(others);
        this.registry = registry;
        if (this.others.containsKey(Tenant.MAIN_CLUSTER)) {
            throw new IllegalArgumentException("the main cluster is given once, as the main client");
        }
    }

    /** Every county on one client: a test's own template, a tool's. */
    public static DatabaseClusters single(MongoClient client) {
        return new DatabaseClusters(client, Map.of(), () -> null);
    }

    public MongoClient main() {
        return main;
    }

    /** The client of the cluster holding the tenant's databases. */
    public MongoClient clientFor(String tenant) {
        if (TenantId.PLATFORM.equals(tenant)) {
            return main;
        }
        TenantRegistry tenants = registry.get();
        Optional<Tenant> registered = tenants == null ? Optional.empty() : tenants.byId(tenant);
        if (registered.isEmpty()) {
            if (others.isEmpty()) {
                return main;
            }
            throw new UnknownDatabaseClusterException("County '" + tenant + "' is not in the tenant registry, so which of "
                    + "the database clusters " + names() + " holds it is unknown");
        }
        String cluster = registered.get().cluster();
        MongoClient client = Tenant.MAIN_CLUSTER.equals(cluster) ? main : others.get(cluster);
        if (client == null) {
            throw new UnknownDatabaseClusterException("County '" + tenant + "' is on database cluster '" + cluster
                    + "', which this service has no connection for (platform.data.clusters." + cluster + ".uri); it knows "
                    + names());
        }
        return client;
    }

    /** Every cluster's client by name, the main one first. */
    public Map<String, MongoClient> all() {
        Map<String, MongoClient> all = new LinkedHashMap<>();
        all.put(Tenant.MAIN_CLUSTER, main);
        others.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> all.put(entry.getKey(), entry.getValue()));
        return Collections.unmodifiableMap(all);
    }

    private String names() {
        return all().keySet().toString();
    }

    /** Closes the further clusters' clients; the main one belongs to whoever made it. */
    @Override
    public void close() {
        others.values().forEach(MongoClient::close);
    }
}
