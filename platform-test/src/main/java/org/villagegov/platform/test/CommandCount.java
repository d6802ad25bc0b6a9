package org.villagegov.platform.test;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A client of the tests' MongoDB that counts the commands each database receives, for tests of
 * what work costs: an idle county's database should receive none. A component under test is built
 * over this client (a template of its own), so that the rest of the context's traffic is not counted.
 * As a test's field with {@code @RegisterExtension}, its client is closed after each test.
 */
public final class CommandCount implements AutoCloseable, AfterEachCallback {

    private final Map<String, AtomicInteger> byDatabase = new ConcurrentHashMap<>();
    private final MongoClient client;

    public CommandCount() {
        CommandListener counter = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                byDatabase.computeIfAbsent(event.getDatabaseName(), database -> new AtomicInteger()).incrementAndGet();
            }
        };
        this.client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(TestMongo.uri()))
                .addCommandListener(counter)
                .build());
    }

    public MongoClient client() {
        return client;
    }

    /** Commands the database received since the start or the last {@link #reset}. */
    public int to(String database) {
        AtomicInteger count = byDatabase.get(database);
        return count == null ? 0 : count.get();
    }

    public void reset() {
        byDatabase.clear();
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }
}
