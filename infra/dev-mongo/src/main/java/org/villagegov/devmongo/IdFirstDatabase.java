package org.villagegov.devmongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVStore;

/** An H2 database whose collections look a named {@code _id} up first ({@link IdFirstCollection}). */
final class IdFirstDatabase extends H2Database {

    /** The one store of the process: H2Database's constructor already opens collections, before a field could be set. */
    private static volatile MVStore store;

    IdFirstDatabase(String name, MVStore mvStore, CursorRegistry cursors) {
        super(name, remember(mvStore), cursors);
    }

    private static MVStore remember(MVStore mvStore) {
        store = mvStore;
        return mvStore;
    }

    /** The same maps as {@link H2Database} opens for a collection, so data written before stays readable. */
    @Override
    protected MongoCollection<Object> openOrCreateCollection(String name, CollectionOptions options) {
        String namespace = getFullCollectionNamespace(name);
        return new IdFirstCollection(this, name, options, store.openMap("databases." + namespace),
                store.openMap("meta." + namespace), cursorRegistry);
    }
}
