package org.villagegov.platform.data;

import java.util.LinkedHashMap;
import java.util.Map;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The databases answer: one {@code ping} to each database cluster through its client. Spring Boot's
 * own indicator sends {@code hello} to every database the cluster lists, which is one per county
 * and service here (thousands at scale), and which the embedded MongoDB-wire server of the tests
 * and the local stack does not know, so health was DOWN on every healthy service. No county's
 * database is involved: outside a request there is no county. Any cluster not answering makes it
 * DOWN: the counties on it cannot be served, and a service that serves only some counties must not
 * look ready.
 */
public class MongoPing extends AbstractHealthIndicator {

    private static final Document PING = new Document("ping", 1);

    private final DatabaseClusters clusters;

    public MongoPing(DatabaseClusters clusters) {
        super("MongoDB did not answer a ping");
        this.clusters = clusters;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Map<String, String> answers = new LinkedHashMap<>();
        boolean allUp = true;
        for (Map.Entry<String, MongoClient> cluster : clusters.all().entrySet()) {
            try {
                cluster.getValue().getDatabase("admin").runCommand(PING);
                answers.put(cluster.getKey(), "UP");
            } catch (RuntimeException e) {
                answers.put(cluster.getKey(), "DOWN: " + e.getClass().getName());
                allUp = false;
            }
        }
        (allUp ? builder.up() : builder.down()).withDetail("clusters", answers);
    }
}
