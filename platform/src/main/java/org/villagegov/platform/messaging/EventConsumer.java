package org.villagegov.platform.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.ImmediateRequeueAmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.tenancy.TenantId;
import org.villagegov.platform.tenancy.TenantRegistry;
import tools.jackson.core.JacksonException;

/**
 * The service's one queue listener. For each message: find the subscription by exchange and
 * routing key, restore the tenant from the header, skip it if this subscription already
 * processed the event id, run the handler (retrying with back-off), then record the id.
 * The message is acknowledged only after that; what still fails goes to the dead-letter
 * queue, as do messages that cannot be parsed or name an unknown tenant.
 */
public class EventConsumer implements MessageListener {

    private static final Logger log = LoggerFactory.getLogger(EventConsumer.class);

    private final Map<String, EventSubscription<?>> subscriptions;
    private final MongoTemplate mongo;
    private final TenantRegistry registry;
    private final MessagingProperties properties;
    private final String scope;
    private final boolean keepsMarks;

    public EventConsumer(List<EventSubscription<?>> subscriptions, MongoTemplate mongo, TenantRegistry registry,
                         MessagingProperties properties) {
        this(subscriptions, mongo, registry, properties, "", true);
    }

    /**
     * A listener of a queue of its own ({@code scope}, e.g. {@code webhooks}): its processed marks, if
     * it keeps any, are apart from those of the service's main queue, so both may handle the same event
     * once each. Without marks ({@code keepsMarks} false) every delivery runs the handler, which must
     * then be idempotent by itself, as the webhook fan-out is (one delivery id per subscription and
     * event): two writes fewer per event, on a queue that sees every event the service raises.
     */
    public EventConsumer(List<EventSubscription<?>> subscriptions, MongoTemplate mongo, TenantRegistry registry,
                         MessagingProperties properties, String scope, boolean keepsMarks) {
        this.subscriptions = subscriptions.stream()
                .collect(Collectors.toUnmodifiableMap(EventSubscription::key, Function.identity()));
        this.mongo = mongo;
        this.registry = registry;
        this.properties = properties;
        this.scope = scope.isEmpty() ? "" : scope + "|";
        this.keepsMarks = keepsMarks;
    }

    @Override
    public void onMessage(Message message) {
        var props = message.getMessageProperties();
        // a message reaches the queue once even when two bindings match it: the subscription to its
        // type and one to every type of its exchange (ANY_TYPE) each handle it, each idempotent by its own key
        List<EventSubscription<?>> matching = Stream.of(
                        subscriptions.get(EventSubscription.key(props.getReceivedExchange(), props.getReceivedRoutingKey())),
                        subscriptions.get(EventSubscription.key(props.getReceivedExchange(), EventSubscription.ANY_TYPE)))
                .filter(Objects::nonNull).distinct().toList();
        if (matching.isEmpty()) {
            log.warn("No subscription for {} / {}; dropping", props.getReceivedExchange(), props.getReceivedRoutingKey());
            return;
        }
        String tenant = props.getHeader(EventEnvelope.TENANT_HEADER);
        if (!TenantId.isValid(tenant) || !known(tenant)) {
            throw new AmqpRejectAndDontRequeueException("Event for unknown tenant '" + tenant + "'");
        }
        EventEnvelope envelope = parse(message);
        if (envelope.tenant() != null && !tenant.equals(envelope.tenant())) {
            // the header routes, the envelope is what handlers and webhooks pass on: they must name the same county
            throw new AmqpRejectAndDontRequeueException("Event " + envelope.eventId() + " names another tenant than its header");
        }
        TenantContext.run(tenant, () -> matching.forEach(subscription -> handleWithRetries(subscription, envelope)));
    }

    /** A county onboarded a moment ago may not be in the cached registry yet: ask again before refusing. */
    private boolean known(String tenant) {
        if (registry.byId(tenant).isPresent()) {
            return true;
        }
        registry.refresh();
        return registry.byId(tenant).isPresent();
    }

    private EventEnvelope parse(Message message) {
        try {
            // leniently, as the payloads: during a rolling upgrade an older consumer must take an envelope a newer
            // producer added a field to, not dead-letter every event (docs/operations.md, upgrading)
            EventEnvelope envelope = EventJson.MAPPER.readValue(message.getBody(), EventEnvelope.class);
            if (envelope.eventId() == null || envelope.type() == null) {
                throw new AmqpRejectAndDontRequeueException("Event without id or type");
            }
            return envelope;
        } catch (JacksonException e) {
            throw new AmqpRejectAndDontRequeueException("Unreadable event: " + e.getOriginalMessage());
        }
    }

    private <T> void handleWithRetries(EventSubscription<T> subscription, EventEnvelope envelope) {
        String processedId = scope + subscription.key() + ":" + envelope.eventId();
        Duration backoff = properties.initialBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                if (keepsMarks && alreadyProcessed(processedId)) {
                    log.debug("Event {} already processed by {}", envelope.eventId(), subscription.key());
                    return;
                }
                T payload = EventJson.MAPPER.treeToValue(envelope.payload(), subscription.payloadType());
                subscription.handler().accept(new IncomingEvent<>(envelope.eventId(), envelope.type(),
                        TenantContext.require(), envelope.occurredAt(), payload));
                if (keepsMarks) {
                    markProcessed(processedId, envelope.type());
                }
                // inside the consumer's span, which continues the trace that raised the event
                log.info("Event {} ({}) handled by {}", envelope.eventId(), envelope.type(), subscription.key());
                return;
            } catch (JacksonException e) {
                throw new AmqpRejectAndDontRequeueException("Event " + envelope.eventId() + " has an unreadable payload", e);
            } catch (RuntimeException e) {
                if (attempt >= properties.maxAttempts()) {
                    log.error("Event {} ({}) failed {} times; dead-lettering", envelope.eventId(), envelope.type(), attempt, e);
                    throw new AmqpRejectAndDontRequeueException("Handler failed " + attempt + " times", e);
                }
                log.warn("Event {} failed (attempt {}), retrying in {}: {}", envelope.eventId(), attempt, backoff, e.getMessage());
                sleep(backoff);
                backoff = backoff.multipliedBy(2);
            }
        }
    }

    private boolean alreadyProcessed(String processedId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(processedId)), ProcessedEvent.class);
    }

    private void markProcessed(String processedId, String type) {
        try {
            mongo.insert(new ProcessedEvent(processedId, type, Instant.now()));
        } catch (DuplicateKeyException concurrentDelivery) {
            log.debug("Event {} was marked processed concurrently", processedId);
        }
    }

    private static void sleep(Duration backoff) {
        try {
            Thread.sleep(backoff);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImmediateRequeueAmqpException("Interrupted while retrying; back to the queue", e);
        }
    }
}
