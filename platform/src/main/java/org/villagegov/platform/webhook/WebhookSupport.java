package org.villagegov.platform.webhook;

import java.time.Clock;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.villagegov.platform.messaging.EventConsumer;
import org.villagegov.platform.messaging.EventSubscription;
import org.villagegov.platform.messaging.MessagingProperties;
import org.villagegov.platform.tenancy.TenantRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks of the service's own events: the endpoints, the fan-out from a queue of its own
 * ({@code <application>.webhooks}, bound to every type of the service's exchange and shared by its
 * instances, with the platform's idempotent consumer and a dead-letter queue), and the dispatcher.
 */
@Configuration(proxyBeanMethods = false)
@Import(WebhookController.class)
public class WebhookSupport {

    static final String SCOPE = "webhooks";

    @Bean
    WebhookSecrets webhookSecrets(WebhookProperties properties, MongoMappingContext mappingContext) {
        // known to the mapping context from the start, so a county's indexes include them
        mappingContext.getPersistentEntity(WebhookSubscription.class);
        mappingContext.getPersistentEntity(WebhookDelivery.class);
        return new WebhookSecrets(properties.secretKey());
    }

    @Bean
    WebhookAddresses webhookAddresses(WebhookProperties properties) {
        return new WebhookAddresses(properties);
    }

    @Bean
    WebhookDispatcher webhookDispatcher(MongoTemplate mongo, TenantRegistry registry, WebhookProperties properties,
                                        WebhookSecrets secrets, WebhookAddresses addresses, Clock clock,
                                        ObjectProvider<MeterRegistry> meters) {
        return new WebhookDispatcher(mongo, registry, properties, secrets, addresses, clock, meters);
    }

    @Bean
    WebhookSubscriptions webhookSubscriptions(MongoTemplate mongo, WebhookProperties properties, WebhookSecrets secrets,
                                              WebhookAddresses addresses, WebhookDispatcher dispatcher, Clock clock) {
        return new WebhookSubscriptions(mongo, properties, secrets, addresses, dispatcher, clock);
    }

    @Bean
    Declarables webhookTopology(WebhookProperties properties, MessagingProperties messaging) {
        String name = properties.queue();
        DirectExchange deadLetters = new DirectExchange(name + ".dlx", true, false);
        Queue deadLetterQueue = messaging.durableQueue(name + ".dlq").build();
        Queue queue = messaging.durableQueue(name).deadLetterExchange(deadLetters.getName())
                .deadLetterRoutingKey(deadLetterQueue.getName()).build();
        TopicExchange own = new TopicExchange(messaging.exchange(), true, false);
        return new Declarables(own, deadLetters, deadLetterQueue, queue,
                BindingBuilder.bind(deadLetterQueue).to(deadLetters).with(deadLetterQueue.getName()),
                BindingBuilder.bind(queue).to(own).with(EventSubscription.ANY_TYPE));
    }

    @Bean
    SimpleMessageListenerContainer webhookListenerContainer(ConnectionFactory connectionFactory, MongoTemplate mongo,
                                                            TenantRegistry registry, MessagingProperties messaging,
                                                            WebhookProperties properties, WebhookDispatcher dispatcher,
                                                            JsonMapper json, Clock clock) {
        WebhookFanOut fanOut = new WebhookFanOut(mongo, dispatcher, properties, json, clock);
        EventSubscription<JsonNode> subscription = EventSubscription.on(messaging.exchange(), EventSubscription.ANY_TYPE,
                JsonNode.class, fanOut::accept);
        // no processed marks: the fan-out is idempotent by its delivery ids, and most events have no subscriber
        EventConsumer consumer = new EventConsumer(List.of(subscription), mongo, registry, messaging, SCOPE, false);
        SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connectionFactory);
        container.setQueueNames(properties.queue());
        container.setMessageListener(consumer);
        container.setAcknowledgeMode(AcknowledgeMode.AUTO);
        container.setDefaultRequeueRejected(false);
        container.setConcurrentConsumers(1);
        container.setPrefetchCount(10);
        container.setMissingQueuesFatal(false);
        container.setObservationEnabled(true);
        return container;
    }
}
