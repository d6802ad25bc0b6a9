package org.villagegov.devmongo;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** serverStatus reports the requests served, as MongoDB's opcounters and per database. */
class CommandCountersTests {

    @TempDir
    Path data;

    @Test
    void whenDatabasesAreUsedThenServerStatusCountsTheirRequests() {
        MongoServer server = new MongoServer(new CommitEveryWrite(data.resolve("dev.mv").toString()));
        var address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            var awards = client.getDatabase("points_daye").getCollection("awards");
            awards.insertOne(new Document("_id", "a1"));
            awards.find().first();
            awards.find().first();
            client.getDatabase("points_linxian").getCollection("awards").countDocuments();

            Document status = client.getDatabase("admin").runCommand(new Document("serverStatus", 1));

            Document opcounters = status.get("opcounters", Document.class);
            assertThat(opcounters.get("insert", Number.class).longValue()).isEqualTo(1);
            assertThat(opcounters.get("query", Number.class).longValue()).isEqualTo(2);
            assertThat(opcounters.get("command", Number.class).longValue()).isPositive();
            Document byDatabase = status.get("commandsByDatabase", Document.class);
            assertThat(byDatabase.get("points_daye", Number.class).longValue()).isEqualTo(3);
            assertThat(byDatabase.get("points_linxian", Number.class).longValue()).isEqualTo(1);
            assertThat(byDatabase).doesNotContainKey("points_jiyuan");
        } finally {
            server.shutdownNow();
        }
    }
}
