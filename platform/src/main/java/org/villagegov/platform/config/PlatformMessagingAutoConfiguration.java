package org.villagegov.platform.config;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.villagegov.platform.data.TenantIndexes;
import org.villagegov.platform.messaging.EventConsumer;
import org.villagegov.platform.messaging.EventPublisher;
import org.villagegov.platform.messaging.EventSubscription;
import org.villagegov.platform.messaging.MessagingProperties;
import org.villagegov.platform.messaging.Outbox;
import org.villagegov.platform.messaging.OutboxRelay;
import org.villagegov.platform.messaging.OutboxSupport;
import org.villagegov.platform.messaging.TenantProvisioned;
import org.villagegov.platform.tenancy.TenantRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service's exchange, its one durable queue (quorum unless configured otherwise) with a
 * dead-letter queue, bindings for every {@link EventSubscription}, the outbox relay, and the
 * platform's own subscription to tenant onboarding.
 */
@AutoConfiguration(after = {PlatformMongoAutoConfiguration.class, RabbitAutoConfiguration.class})
@EnableConfigurationProperties(MessagingProperties.class)
public class PlatformMessagingAutoConfiguration {

    /** The gateway's exchange, where tenant onboarding events come from. */
    public static final String TENANT_EVENTS_EXCHANGE = "gateway.events";

    @Bean
    EventPublisher eventPublisher(RabbitTemplate rabbit, MessagingProperties properties, JsonMapper json,
                                  ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new EventPublisher(rabbit, properties, json, tracer.getIfAvailable(() -> Tracer.NOOP),
                propagator.getIfAvailable(() -> Propagator.NOOP));
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, MongoMappingContext mappingContext, TenantRegistry registry,
                            EventPublisher publisher, MessagingProperties properties, JsonMapper json, Clock clock) {
        return new OutboxRelay(mongo, mappingContext, registry, publisher, properties, json, clock);
    }

    @Bean
    Outbox outbox(MongoTemplate mongo, OutboxRelay relay) {
        return new Outbox(mongo, relay);
    }

    @Bean
    Object outboxNudger(OutboxRelay relay) {
        return OutboxSupport.nudger(relay);
    }

    /** On onboarding: forget the cached registry, create the tenant's indexes, let the service add defaults. */
    @Bean
    EventSubscription<TenantProvisionedMessage> tenantProvisionedSubscription(TenantRegistry registry,
                                                                              TenantIndexes indexes,
                                                                              ApplicationEventPublisher events) {
        return EventSubscription.on(TENANT_EVENTS_EXCHANGE, "tenant.provisioned", TenantProvisionedMessage.class,
                event -> {
                    registry.refresh();
                    indexes.ensure(event.tenant());
                    events.publishEvent(new TenantProvisioned(event.tenant()));
                });
    }

    /** A suspension or resumption counts at once here, not only when the cached registry expires. */
    @Bean
    EventSubscription<TenantProvisionedMessage> tenantSuspendedSubscription(TenantRegistry registry) {
        return EventSubscription.on(TENANT_EVENTS_EXCHANGE, "tenant.suspended", TenantProvisionedMessage.class,
                event -> registry.refresh());
    }

    @Bean
    EventSubscription<TenantProvisionedMessage> tenantResumedSubscription(TenantRegistry registry) {
        return EventSubscription.on(TENANT_EVENTS_EXCHANGE, "tenant.resumed", TenantProvisionedMessage.class,
                event -> registry.refresh());
    }

    @Bean
    Declarables messagingTopology(MessagingProperties properties, List<EventSubscription<?>> subscriptions) {
        List<Declarable> declarables = new ArrayList<>();
        declarables.add(new TopicExchange(properties.exchange(), true, false));
        String queueName = properties.queue();
        DirectExchange deadLetters = new DirectExchange(queueName + ".dlx", true, false);
        Queue deadLetterQueue = properties.durableQueue(queueName + ".dlq").build();
        Queue queue = properties.durableQueue(queueName)
                .deadLetterExchange(deadLetters.getName())
                .deadLetterRoutingKey(deadLetterQueue.getName())
                .build();
        declarables.add(deadLetters);
        declarables.add(deadLetterQueue);
        declarables.add(queue);
        declarables.add(BindingBuilder.bind(deadLetterQueue).to(deadLetters).with(deadLetterQueue.getName()));
        for (EventSubscription<?> subscription : subscriptions) {
            TopicExchange exchange = new TopicExchange(subscription.exchange(), true, false);
            declarables.add(exchange);
            Binding binding = BindingBuilder.bind(queue).to(exchange).with(subscription.type());
            declarables.add(binding);
        }
        return new Declarables(declarables);
    }

    @Bean
    EventConsumer eventConsumer(List<EventSubscription<?>> subscriptions, MongoTemplate mongo, TenantRegistry registry,
                                MessagingProperties properties) {
        return new EventConsumer(subscriptions, mongo, registry, properties);
    }

    @Bean
    SimpleMessageListenerContainer eventListenerContainer(ConnectionFactory connectionFactory, EventConsumer consumer,
                                                          MessagingProperties properties) {
        SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connectionFactory);
        container.setQueueNames(properties.queue());
        container.setMessageListener(consumer);
        container.setAcknowledgeMode(AcknowledgeMode.AUTO);
        container.setDefaultRequeueRejected(false);
        container.setConcurrentConsumers(properties.consumers());
        container.setPrefetchCount(10);
        container.setMissingQueuesFatal(false);
        container.setObservationEnabled(true);
        return container;
    }

    /** Body of {@code tenant.provisioned}. */
    record TenantProvisionedMessage(String tenant, String province) {
    }
}
