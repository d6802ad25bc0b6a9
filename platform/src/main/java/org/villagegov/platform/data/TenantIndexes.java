package org.villagegov.platform.data;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
import org.villagegov.platform.tenancy.TenantId;

/**
 * Creates the indexes declared on the service's documents in one tenant's database.
 * Spring Data's automatic index creation cannot work here (it would need a tenant at
 * start-up), so this runs on onboarding ({@code tenant.provisioned}) and, once per process,
 * before a county's database is first used ({@link TenantMongoDatabaseFactory#beforeUse}): a
 * service of a deployment with thousands of counties starts without touching any of them, and
 * an index added by a new version reaches each county before its first read or write. Creating
 * an existing index is a no-op, so it is safe to repeat. The platform's own database (province
 * copies, marks) holds none of the service's documents and gets none.
 */
public class TenantIndexes {

    private static final Logger log = LoggerFactory.getLogger(TenantIndexes.class);

    private final MongoTemplate mongo;
    private final MongoMappingContext mappingContext;
    private final Map<String, CompletableFuture<Void>> prepared = new ConcurrentHashMap<>();

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
        prepared.putIfAbsent(tenant, CompletableFuture.completedFuture(null));
        log.info("Indexes ensured for tenant {}", tenant);
    }

    /**
     * Ensures once per process; a second caller for the same county waits for the first, so no
     * write of a county runs before its unique indexes exist. A failure is not remembered: the
     * next use tries again.
     */
    public void ensureOnce(String tenant) {
        if (TenantId.PLATFORM.equals(tenant)) {
            return;
        }
        // runs before every database call: a county seen before costs one map lookup, nothing more
        CompletableFuture<Void> known = prepared.get(tenant);
        if (known != null) {
            known.join();
            return;
        }
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> first = prepared.putIfAbsent(tenant, mine);
        if (first != null) {
            first.join();
            return;
        }
        try {
            ensure(tenant);
            mine.complete(null);
        } catch (RuntimeException e) {
            prepared.remove(tenant, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private List<MongoPersistentEntity<?>> documents() {
        return mappingContext.getPersistentEntities().stream()
                .filter(entity -> entity.isAnnotationPresent(Document.class))
                .<MongoPersistentEntity<?>>map(entity -> entity)
                .toList();
    }
}
