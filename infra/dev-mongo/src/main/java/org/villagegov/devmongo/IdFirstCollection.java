package org.villagegov.devmongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * An H2 collection that answers a query naming one {@code _id} plus further conditions from the
 * {@code _id} index. The embedded server uses an index only when a query's keys are exactly the
 * index's, so a conditional update such as the indicators' {@code {_id: x, applied.v: {$lt: n}}}
 * scanned the whole collection on every write; a real MongoDB looks the id up first, and so does
 * this: the one document is then matched against the whole query.
 */
final class IdFirstCollection extends H2Collection {

    IdFirstCollection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
                      MVMap<String, Object> meta, CursorRegistry cursors) {
        super(database, name, options, data, meta, cursors);
    }

    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                                         Document fieldSelector) {
        Object id = query.get("_id");
        if (id != null && !(id instanceof Document) && query.size() > 1) {
            Document byId = new Document("_id", id);
            for (Index<Object> index : getIndexes()) {
                if (index.canHandle(byId)) {
                    return matchDocuments(query, index.getPositions(byId), orderBy, skip, limit, batchSize, fieldSelector);
                }
            }
        }
        return super.matchDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
    }
}
