package org.villagegov.platform.data;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.villagegov.platform.tenancy.TenantContext;

/**
 * Sends every repository and template call to the current tenant's own database,
 * {@code <service>_<tenant>} (e.g. {@code points_daye}). Work outside a tenant fails
 * instead of falling into a shared default database.
 */
public class TenantMongoDatabaseFactory extends SimpleMongoClientDatabaseFactory {

    private final String servicePrefix;

    public TenantMongoDatabaseFactory(MongoClient client, String servicePrefix) {
        super(client, servicePrefix + "_unscoped");
        this.servicePrefix = servicePrefix;
    }

    @Override
    public MongoDatabase getMongoDatabase() {
        return getMongoDatabase(databaseName(TenantContext.require()));
    }

    public String databaseName(String tenant) {
        return servicePrefix + "_" + tenant;
    }
}
