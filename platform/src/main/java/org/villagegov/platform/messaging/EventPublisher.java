package org.villagegov.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageBuilderSupport;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes one event to the service's exchange and waits for the broker's confirm; it
 * returns normally only once the broker has taken the message. Used by the outbox relay.
 * <p>
 * Each publication is a producer span that continues the trace the event was raised in (its
 * stored {@code traceparent}), and the message carries that span's context in its headers, so
 * the consumer's span (the listener container's observation) joins the same trace.
 */
public class EventPublisher {

    private final RabbitTemplate rabbit;
    private final MessagingProperties properties;
    private final JsonMapper json;
    private final Tracer tracer;
    private final Propagator propagator;

    public EventPublisher(RabbitTemplate rabbit, MessagingProperties properties, JsonMapper json, Tracer tracer,
                          Propagator propagator) {
        this.rabbit = rabbit;
        this.properties = properties;
        this.json = json;
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** Publishes outside any trace the event was raised in (a new one starts here). */
    public void publishConfirmed(EventEnvelope envelope) {
        publishConfirmed(envelope, null);
    }

    public void publishConfirmed(EventEnvelope envelope, String traceparent) {
        Span.Builder builder = traceparent == null ? tracer.spanBuilder()
                : propagator.extract(Map.of(TraceParent.NAME, traceparent), Map::get);
        Span span = builder.name(properties.exchange() + " publish").kind(Span.Kind.PRODUCER)
                .tag("messaging.system", "rabbitmq")
                .tag("messaging.destination.name", properties.exchange())
                .tag("messaging.rabbitmq.destination.routing_key", envelope.type())
                .start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            Map<String, String> trace = new HashMap<>();
            propagator.inject(span.context(), trace, Map::put);
            MessageBuilderSupport<Message> message = MessageBuilder.withBody(json.writeValueAsString(envelope).getBytes(StandardCharsets.UTF_8))
                    .setContentType(MessageProperties.CONTENT_TYPE_JSON)
                    .setContentEncoding(StandardCharsets.UTF_8.name())
                    .setMessageId(envelope.eventId())
                    .setType(envelope.type())
                    .setTimestamp(Date.from(envelope.occurredAt()))
                    .setDeliveryMode(MessageDeliveryMode.PERSISTENT)
                    .setHeader(EventEnvelope.TENANT_HEADER, envelope.tenant())
                    .setHeader(EventEnvelope.EVENT_ID_HEADER, envelope.eventId());
            trace.forEach(message::setHeader);
            Message built = message.build();
            rabbit.invoke(operations -> {
                operations.send(properties.exchange(), envelope.type(), built);
                operations.waitForConfirmsOrDie(properties.confirmTimeout().toMillis());
                return null;
            });
        } catch (RuntimeException e) {
            span.error(e);
            throw e;
        } finally {
            span.end();
        }
    }
}
