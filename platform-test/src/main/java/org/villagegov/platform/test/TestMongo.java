package org.villagegov.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.regex.Pattern;

import com.mongodb.ConnectionString;
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

    /**
     * A {@link TcpProxy} in front of the test MongoDB (its first host), for drills that cut the
     * database: the shared server itself is never stopped. Point a context at it with {@link #uriThrough}.
     */
    public static TcpProxy proxy() {
        String[] host = new ConnectionString(uri()).getHosts().getFirst().split(":");
        try {
            return new TcpProxy(host[0], host.length > 1 ? Integer.parseInt(host[1]) : 27017);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test MongoDB's address through the proxy: the same URI on the proxy's port, connected to that server only. */
    public static String uriThrough(TcpProxy proxy) {
        ConnectionString connection = new ConnectionString(uri());
        if (connection.isSrvProtocol()) {
            throw new IllegalStateException("a mongodb+srv:// MONGODB_URI cannot be proxied; give a host and port");
        }
        String hosts = String.join(",", connection.getHosts());
        String proxied = uri().replaceFirst(Pattern.quote(hosts), "127.0.0.1:" + proxy.port());
        String separator = proxied.contains("?") ? "&" : proxied.substring(proxied.indexOf("://") + 3).contains("/") ? "?" : "/?";
        return proxied + separator + "directConnection=true";
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
