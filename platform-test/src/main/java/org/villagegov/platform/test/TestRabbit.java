package org.villagegov.platform.test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.rabbitmq.RabbitMQContainer;

/**
 * The RabbitMQ every test of this JVM uses: {@code RABBITMQ_URI} if set, else the broker on
 * localhost:5672 when it answers, else a Testcontainers RabbitMQ when Docker is present.
 * Tests never stop this broker: fault drills cut a {@link TcpProxy} in front of it instead.
 */
public final class TestRabbit {

    private static final Logger log = LoggerFactory.getLogger(TestRabbit.class);
    private static URI uri;

    private TestRabbit() {
    }

    public static synchronized URI uri() {
        if (uri == null) {
            uri = choose();
        }
        return uri;
    }

    public static String host() {
        return uri().getHost();
    }

    public static int port() {
        return uri().getPort() == -1 ? 5672 : uri().getPort();
    }

    private static URI choose() {
        String configured = System.getenv("RABBITMQ_URI");
        if (configured != null && !configured.isBlank()) {
            return URI.create(configured);
        }
        if (reachable("127.0.0.1", 5672)) {
            log.info("Tests use the RabbitMQ broker on localhost:5672");
            return URI.create("amqp://guest:guest@127.0.0.1:5672");
        }
        if (TestMongo.Docker.available()) {
            RabbitMQContainer container = new RabbitMQContainer("rabbitmq:4.1-management");
            container.start();
            return URI.create(container.getAmqpUrl().replace("amqp://", "amqp://guest:guest@"));
        }
        throw new IllegalStateException("No RabbitMQ for the tests: start the local broker "
                + "('rabbitmq-server -detached', or install the 'rabbitmq-server' package), set RABBITMQ_URI, "
                + "or run a Docker engine");
    }

    static boolean reachable(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
