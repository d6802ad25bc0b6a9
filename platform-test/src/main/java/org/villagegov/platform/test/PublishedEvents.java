package org.villagegov.platform.test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Everything published on a service's exchange from now on, as a subscriber of its own sees it (an
 * exclusive queue bound to every routing key): to prove an event reached the broker once, whichever
 * instance's relay sent it. Closing it stops listening; the queue goes with the connection.
 */
public final class PublishedEvents implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ConcurrentLinkedQueue<Message> received = new ConcurrentLinkedQueue<>();
    private final SimpleMessageListenerContainer listener;

    public PublishedEvents(ConnectionFactory connections, String exchange) {
        Queue queue = new Queue(exchange + ".published.test-" + UUID.randomUUID(), false, true, true);
        RabbitAdmin admin = new RabbitAdmin(connections);
        admin.declareQueue(queue);
        admin.declareBinding(BindingBuilder.bind(queue).to(new TopicExchange(exchange, true, false)).with("#"));
        listener = new SimpleMessageListenerContainer(connections);
        listener.setQueues(queue);
        listener.setMessageListener(received::add);
        listener.start();
    }

    /** The events of {@code type} whose payload's {@code field} is one of {@code values}. */
    public List<Message> of(String type, String field, Set<String> values) {
        return received.stream().filter(message -> type.equals(message.getMessageProperties().getReceivedRoutingKey()))
                .filter(message -> values.contains(JSON.readTree(message.getBody()).path("payload").path(field).asString()))
                .toList();
    }

    /**
     * Waits until one event of {@code type} was published for each of {@code values} (the payload's {@code field}),
     * then checks for a while that no second copy follows and that each came with its own message id.
     */
    public void assertOnceEach(String type, String field, Set<String> values) {
        await().atMost(Duration.ofSeconds(20)).until(() -> of(type, field, values).size() >= values.size());
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> of(type, field, values).size() == values.size());
        List<Message> messages = of(type, field, values);
        assertThat(messages.stream().map(message -> JSON.readTree(message.getBody()).path("payload").path(field).asString())
                .collect(Collectors.toSet())).as("one %s for each", type).isEqualTo(values);
        assertThat(messages.stream().map(message -> message.getMessageProperties().getMessageId()).collect(Collectors.toSet()))
                .as("one message id per event").hasSize(values.size());
    }

    @Override
    public void close() {
        listener.stop();
    }
}
