package org.villagegov.devmongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;

/**
 * The H2 backend, committing after every request that changed something, whose collections
 * look a named {@code _id} up first ({@link IdFirstCollection}). Left alone, H2's
 * MVStore commits once a second, so a write the services were told had succeeded could vanish
 * when the process is killed (the database drill does exactly that); a real MongoDB keeps an
 * acknowledged write. Reads change nothing and cost no commit. (Drivers send every command,
 * writes included, as OP_MSG, which arrives here.) Every request is counted for
 * {@code serverStatus} ({@link CommandCounters}).
 */
final class CommitEveryWrite extends H2Backend {

    private final CommandCounters counters = new CommandCounters();

    CommitEveryWrite(String fileName) {
        super(fileName);
        // no background writer: every write is committed here already, and its auto-compaction
        // rewrote chunks of a large file under the store's lock, stalling every request for
        // half a second each second or so (the province overview's tail latency)
        getMvStore().setAutoCommitDelay(0);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new IdFirstDatabase(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        Document command = message.getDocument();
        counters.count(message.getDatabaseName(), command.isEmpty() ? "" : command.keySet().iterator().next());
        try {
            return super.handleMessage(message);
        } finally {
            commitIfChanged();
        }
    }

    @Override
    public Document getServerStatus() {
        Document status = super.getServerStatus();
        status.put("opcounters", counters.opcounters());
        status.put("commandsByDatabase", counters.byDatabase());
        return status;
    }

    private void commitIfChanged() {
        if (getMvStore().hasUnsavedChanges()) {
            commit();
        }
    }
}
