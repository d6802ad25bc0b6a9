package org.villagegov.platform.test;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The MongoDB every test of this JVM uses, chosen once: {@code MONGODB_URI} if set, else a
 * Testcontainers MongoDB when a Docker engine answers, else the embedded MongoDB-wire
 * server (mongo-java-server, in memory). The embedded server has no transactions and
 * ignores non-unique secondary indexes; the platform's design stays inside what it does.
 */
public final class TestMongo {

    private static final Logger log = LoggerFactory.getLogger(TestMongo.class);
    private static String uri;

    private TestMongo() {
    }

    public static synchronized String uri() {
        if (uri == null) {
            uri = choose();
        }
        return uri;
    }

    private static String choose() {
        String configured = System.getenv("MONGODB_URI");
        if (configured != null && !configured.isBlank()) {
            log.info("Tests use MongoDB from MONGODB_URI");
            return configured;
        }
        if (Docker.available()) {
            MongoDBContainer container = new MongoDBContainer("mongo:8.0");
            container.start();
            log.info("Tests use a Testcontainers MongoDB");
            return container.getConnectionString();
        }
        MongoServer server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        log.info("Tests use the embedded MongoDB-wire server on port {}", address.getPort());
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    /** Whether a Docker engine answers; asked once, quietly. */
    static final class Docker {

        private static Boolean available;

        private Docker() {
        }

        static synchronized boolean available() {
            if (available == null) {
                try {
                    available = DockerClientFactory.instance().isDockerAvailable();
                } catch (RuntimeException | Error e) {
                    available = false;
                }
            }
            return available;
        }
    }
}
