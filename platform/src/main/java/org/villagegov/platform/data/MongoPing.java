package org.villagegov.platform.data;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The database answers: one {@code ping} to the cluster through the client. Spring Boot's own
 * indicator sends {@code hello} to every database the cluster lists, which is one per county
 * and service here (thousands at scale), and which the embedded MongoDB-wire server of the
 * tests and the local stack does not know, so health was DOWN on every healthy service. No
 * county's database is involved: outside a request there is no county.
 */
public class MongoPing extends AbstractHealthIndicator {

    private static final Document PING = new Document("ping", 1);

    private final MongoClient client;

    public MongoPing(MongoClient client) {
        super("MongoDB did not answer a ping");
        this.client = client;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        client.getDatabase("admin").runCommand(PING);
        builder.up();
    }
}
