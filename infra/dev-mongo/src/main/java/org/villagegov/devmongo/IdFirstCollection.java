package org.villagegov.devmongo;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

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
 * this: the one document is then matched against the whole query. The same for {@code _id: {$in:
 * [...]}} (the indicators' reads name every month and day document they want): each id is looked
 * up instead of every document being tested against the list.
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
        if (id instanceof Document condition && condition.size() == 1 && condition.get("$in") instanceof Collection<?> ids) {
            // {_id: {$in: [...]}}: each id looked up, where the server would test every document against the list
            Set<Object> positions = new LinkedHashSet<>();
            for (Object one : ids) {
                Iterable<Object> found = positionsOf(one);
                if (found == null) {
                    return super.matchDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
                }
                found.forEach(positions::add);
            }
            return matchDocuments(query, positions, orderBy, skip, limit, batchSize, fieldSelector);
        }
        if (id != null && query.size() > 1) {
            Iterable<Object> found = positionsOf(id);
            if (found != null) {
                return matchDocuments(query, found, orderBy, skip, limit, batchSize, fieldSelector);
            }
        }
        return super.matchDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
    }

    /** Where the document with this id sits, from the {@code _id} index; null when no index answers. */
    private Iterable<Object> positionsOf(Object id) {
        if (id instanceof Document) {
            return null;
        }
        Document byId = new Document("_id", id);
        for (Index<Object> index : getIndexes()) {
            if (index.canHandle(byId)) {
                return index.getPositions(byId);
            }
        }
        return null;
    }
}
