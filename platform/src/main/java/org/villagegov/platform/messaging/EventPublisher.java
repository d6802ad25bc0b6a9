package org.villagegov.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Date;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes one event to the service's exchange and waits for the broker's confirm; it
 * returns normally only once the broker has taken the message. Used by the outbox relay.
 */
public class EventPublisher {

    private final RabbitTemplate rabbit;
    private final MessagingProperties properties;
    private final JsonMapper json;

    public EventPublisher(RabbitTemplate rabbit, MessagingProperties properties, JsonMapper json) {
        this.rabbit = rabbit;
        this.properties = properties;
        this.json = json;
    }

    public void publishConfirmed(EventEnvelope envelope) {
        Message message = MessageBuilder.withBody(json.writeValueAsString(envelope).getBytes(StandardCharsets.UTF_8))
                .setContentType(MessageProperties.CONTENT_TYPE_JSON)
                .setContentEncoding(StandardCharsets.UTF_8.name())
                .setMessageId(envelope.eventId())
                .setType(envelope.type())
                .setTimestamp(Date.from(envelope.occurredAt()))
                .setDeliveryMode(MessageDeliveryMode.PERSISTENT)
                .setHeader(EventEnvelope.TENANT_HEADER, envelope.tenant())
                .setHeader(EventEnvelope.EVENT_ID_HEADER, envelope.eventId())
                .build();
        rabbit.invoke(operations -> {
            operations.send(properties.exchange(), envelope.type(), message);
            operations.waitForConfirmsOrDie(properties.confirmTimeout().toMillis());
            return null;
        });
    }
}
