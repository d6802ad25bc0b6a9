package org.villagegov.platform.test;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

/**
 * What "nothing is written" compares: every document of the named collections, ordered by id,
 * without the outbox (the relay marks events sent in the background, which is no write of the
 * request's). Take it inside the tenant whose database is meant:
 * {@code TenantContext.call(DAYE, () -> DatabaseSnapshot.of(mongo, "cases"))}; compare two with
 * {@code isEqualTo}.
 */
public final class DatabaseSnapshot {

    private DatabaseSnapshot() {
    }

    public static Map<String, List<Document>> of(MongoOperations mongo, Collection<String> collections) {
        Map<String, List<Document>> all = new LinkedHashMap<>();
        for (String collection : collections) {
            List<Document> documents = mongo.find(new Query().with(Sort.by("_id")), Document.class, collection);
            documents.forEach(document -> document.remove("outbox"));
            all.put(collection, documents);
        }
        return all;
    }

    public static Map<String, List<Document>> of(MongoOperations mongo, String... collections) {
        return of(mongo, List.of(collections));
    }
}
