package org.villagegov.platform.data;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/** Readiness pings every cluster: one not answering makes the service not ready, and says which. */
class MongoPingTests {

    private final MongoServer main = new MongoServer(new MemoryBackend());
    private final MongoServer second = new MongoServer(new MemoryBackend());
    private final MongoClient mainClient = client(main.bind());
    private final DatabaseClusters clusters = new DatabaseClusters(mainClient, Map.of("second", client(second.bind())), () -> null);

    @AfterEach
    void stop() {
        clusters.close();
        mainClient.close();
        main.shutdownNow();
        second.shutdownNow();
    }

    @Test
    void whenEveryClusterAnswersThenUpAndEachIsNamed() {
        Health health = new MongoPing(clusters).health(true);

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("clusters", Map.of("main", "UP", "second", "UP"));
    }

    @Test
    void whenOneClusterIsDownThenDownNamingIt() {
        second.shutdownNow();

        Health health = new MongoPing(clusters).health(true);

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        @SuppressWarnings("unchecked")
        Map<String, String> answers = (Map<String, String>) health.getDetails().get("clusters");
        assertThat(answers).containsEntry("main", "UP");
        assertThat(answers.get("second")).startsWith("DOWN");
    }

    private static MongoClient client(InetSocketAddress address) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + address.getPort()))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(1, TimeUnit.SECONDS))
                .build());
    }
}
