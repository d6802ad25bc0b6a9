package org.villagegov.devmongo;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import de.bwaldvogel.mongo.bson.Document;

/**
 * The requests the server answered, for {@code serverStatus}: MongoDB's own {@code opcounters}
 * (insert, query, update, delete, getmore, command), so that a benchmark reads the same figure here
 * and from a real MongoDB, and, dev-mongo's own, the requests per database
 * ({@code commandsByDatabase}), which tells whether idle counties' databases were touched at all.
 * Counting costs two map lookups per request.
 */
final class CommandCounters {

    private static final Map<String, String> OPCOUNTER_OF = Map.of("insert", "insert", "find", "query", "update", "update",
            "findAndModify", "update", "delete", "delete", "getMore", "getmore");

    private final Map<String, LongAdder> byOpcounter = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> byDatabase = new ConcurrentHashMap<>();

    void count(String database, String command) {
        byOpcounter.computeIfAbsent(OPCOUNTER_OF.getOrDefault(command, "command"), key -> new LongAdder()).increment();
        byDatabase.computeIfAbsent(database, key -> new LongAdder()).increment();
    }

    Document opcounters() {
        Document counters = new Document();
        for (String name : new String[] {"insert", "query", "update", "delete", "getmore", "command"}) {
            LongAdder count = byOpcounter.get(name);
            counters.put(name, count == null ? 0L : count.sum());
        }
        return counters;
    }

    Document byDatabase() {
        Document counters = new Document();
        new TreeMap<>(byDatabase).forEach((database, count) -> counters.put(database, count.sum()));
        return counters;
    }
}
