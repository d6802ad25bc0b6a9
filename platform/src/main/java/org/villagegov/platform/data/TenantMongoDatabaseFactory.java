package org.villagegov.platform.data;

import java.util.function.Consumer;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.tenancy.TenantId;

/**
 * Sends every repository and template call to the current tenant's own database,
 * {@code <service>_<tenant>} (e.g. {@code points_daye}), on the database cluster that holds the
 * tenant ({@link DatabaseClusters}). Work outside a tenant fails instead of falling into a shared
 * default database. Before a tenant's database is used, the {@link #beforeUse} hook runs (the
 * tenant's indexes, once per process); the hook's own calls do not run it again.
 */
public class TenantMongoDatabaseFactory extends SimpleMongoClientDatabaseFactory {

    private final DatabaseClusters clusters;
    private final String servicePrefix;
    private final ThreadLocal<Boolean> inHook = ThreadLocal.withInitial(() -> false);
    private volatile Consumer<String> beforeUse = tenant -> { };

    public TenantMongoDatabaseFactory(DatabaseClusters clusters, String servicePrefix) {
        super(clusters.main(), servicePrefix + "_unscoped");
        this.clusters = clusters;
        this.servicePrefix = servicePrefix;
    }

    /** Every tenant on one client (a test's own template). */
    public TenantMongoDatabaseFactory(MongoClient client, String servicePrefix) {
        this(DatabaseClusters.single(client), servicePrefix);
    }

    /** What must happen before a tenant's database is used; called on every use, so it must remember what it did. */
    public void beforeUse(Consumer<String> hook) {
        this.beforeUse = hook;
    }

    @Override
    public MongoDatabase getMongoDatabase() {
        String tenant = TenantContext.require();
        if (!inHook.get()) {
            inHook.set(true);
            try {
                beforeUse.accept(tenant);
            } finally {
                inHook.set(false);
            }
        }
        return getMongoDatabase(databaseName(tenant));
    }

    public String databaseName(String tenant) {
        return servicePrefix + "_" + tenant;
    }

    /**
     * Routed by the name rather than by the current tenant, so a tenant's database is on its own
     * cluster however it is asked for; a name that is no tenant's database is on the main cluster.
     */
    @Override
    protected MongoDatabase doGetMongoDatabase(String name) {
        String tenantPrefix = servicePrefix + "_";
        String tenant = name.startsWith(tenantPrefix) ? name.substring(tenantPrefix.length()) : null;
        MongoClient client = TenantId.isValid(tenant) ? clusters.clientFor(tenant) : clusters.main();
        return client.getDatabase(name);
    }
}
