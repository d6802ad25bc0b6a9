package org.villagegov.platform.data;

import java.util.function.Consumer;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.villagegov.platform.tenancy.TenantContext;

/**
 * Sends every repository and template call to the current tenant's own database,
 * {@code <service>_<tenant>} (e.g. {@code points_daye}). Work outside a tenant fails
 * instead of falling into a shared default database. Before a tenant's database is used, the
 * {@link #beforeUse} hook runs (the tenant's indexes, once per process); the hook's own calls
 * do not run it again.
 */
public class TenantMongoDatabaseFactory extends SimpleMongoClientDatabaseFactory {

    private final String servicePrefix;
    private final ThreadLocal<Boolean> inHook = ThreadLocal.withInitial(() -> false);
    private volatile Consumer<String> beforeUse = tenant -> { };

    public TenantMongoDatabaseFactory(MongoClient client, String servicePrefix) {
        super(client, servicePrefix + "_unscoped");
        this.servicePrefix = servicePrefix;
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
}
