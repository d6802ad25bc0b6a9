package org.villagegov.platform.data;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.villagegov.platform.tenancy.TenantContext;

/**
 * Creates the indexes declared on the service's documents in one tenant's database.
 * Spring Data's automatic index creation cannot work here (it would need a tenant at
 * start-up), so this runs on onboarding ({@code tenant.provisioned}) and at start for
 * every known tenant. Creating an existing index is a no-op, so it is safe to repeat.
 */
public class TenantIndexes {

    private static final Logger log = LoggerFactory.getLogger(TenantIndexes.class);

    private final MongoTemplate mongo;
    private final MongoMappingContext mappingContext;
    private final Set<String> prepared = ConcurrentHashMap.newKeySet();

    public TenantIndexes(MongoTemplate mongo, MongoMappingContext mappingContext) {
        this.mongo = mongo;
        this.mappingContext = mappingContext;
    }

    public void ensure(String tenant) {
        TenantContext.run(tenant, () -> {
            MongoPersistentEntityIndexResolver resolver = new MongoPersistentEntityIndexResolver(mappingContext);
            for (MongoPersistentEntity<?> entity : documents()) {
                for (IndexDefinition index : resolver.resolveIndexFor(entity.getTypeInformation())) {
                    mongo.indexOps(entity.getCollection()).createIndex(index);
                }
            }
        });
        prepared.add(tenant);
        log.info("Indexes ensured for tenant {}", tenant);
    }

    /** Ensures once per process; cheap to call before tenant work that needs unique indexes. */
    public void ensureOnce(String tenant) {
        if (!prepared.contains(tenant)) {
            ensure(tenant);
        }
    }

    private List<MongoPersistentEntity<?>> documents() {
        return mappingContext.getPersistentEntities().stream()
                .filter(entity -> entity.isAnnotationPresent(Document.class))
                .<MongoPersistentEntity<?>>map(entity -> entity)
                .toList();
    }
}
