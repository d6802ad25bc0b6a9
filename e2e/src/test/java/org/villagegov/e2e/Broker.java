package org.villagegov.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

/**
 * Publishes events as another service would, straight to the machine's RabbitMQ (not through
 * the stack's proxy, so the stream goes on while the drill cuts the services off): the
 * platform's envelope, routing key = type, tenant in the {@code x-tenant} header, persistent,
 * with publisher confirms.
 */
final class Broker implements AutoCloseable {

    private final Connection connection;
    private final Channel channel;

    Broker() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setPort(5672);
        connection = factory.newConnection("e2e-drills");
        channel = connection.createChannel();
        channel.confirmSelect();
    }

    /** Publishes one event and returns its id. */
    String publish(String exchange, String type, String tenant, Map<String, Object> payload) throws Exception {
        return publish(exchange, type, tenant, UUID.randomUUID().toString(), payload);
    }

    /** Publishes with a given event id: the same id twice is a redelivery. */
    String publish(String exchange, String type, String tenant, String eventId, Map<String, Object> payload) throws Exception {
        byte[] body = Http.JSON.writeValueAsString(Map.of("eventId", eventId, "type", type, "tenant", tenant,
                "occurredAt", Instant.now().toString(), "payload", payload)).getBytes(StandardCharsets.UTF_8);
        AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder().contentType("application/json")
                .contentEncoding("UTF-8").messageId(eventId).type(type).deliveryMode(2)
                .headers(Map.of("x-tenant", tenant, "x-event-id", eventId)).build();
        channel.basicPublish(exchange, type, properties, body);
        return eventId;
    }

    void waitForConfirms() throws Exception {
        channel.waitForConfirmsOrDie(30_000);
    }

    @Override
    public void close() throws Exception {
        connection.close();
    }
}
