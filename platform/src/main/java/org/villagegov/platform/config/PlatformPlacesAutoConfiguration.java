package org.villagegov.platform.config;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.cloud.openfeign.FeignClientBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.villagegov.platform.messaging.EventEnvelope;
import org.villagegov.platform.messaging.MessagingProperties;
import org.villagegov.platform.place.PlaceCache;
import org.villagegov.platform.place.PlaceDirectory;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.place.RemotePlaceDirectory;

/**
 * The place guard: grid-service's lookups through Feign (grid-service brings its own
 * {@link PlaceDirectory} on its database), a cache per county, and a queue of this instance's
 * own that hears {@code region.changed} so every instance forgets what moved.
 */
@AutoConfiguration(after = {PlatformFeignAutoConfiguration.class, PlatformMessagingAutoConfiguration.class})
public class PlatformPlacesAutoConfiguration {

    /** What grid-service publishes when a region is moved or renamed. */
    public static final String REGION_CHANGED = "region.changed";

    @Bean
    @ConditionalOnMissingBean(PlaceDirectory.class)
    PlaceDirectory remotePlaceDirectory(ApplicationContext context,
                                        @Value("${services.grid-uri:http://127.0.0.1:8082}") String gridUri) {
        return RemotePlaceDirectory.over(new FeignClientBuilder(context), gridUri);
    }

    @Bean
    PlaceCache placeCache(@Value("${platform.places.cache-ttl:5m}") Duration timeToLive, Clock clock) {
        return new PlaceCache(timeToLive, clock);
    }

    @Bean
    PlaceGuard placeGuard(PlaceDirectory directory, PlaceCache cache) {
        return new PlaceGuard(directory, cache);
    }

    /** An exclusive, self-deleting queue per instance: a shared queue would tell only one instance. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(ConnectionFactory.class)
    static class Invalidation {

        /** Declared by hand: Spring's AnonymousQueue adds a leader-locator argument older brokers refuse. */
        @Bean
        Queue placeCacheQueue(MessagingProperties properties) {
            return QueueBuilder.nonDurable(properties.queue() + ".places." + UUID.randomUUID())
                    .exclusive().autoDelete().build();
        }

        @Bean
        Declarables placeCacheBinding(Queue placeCacheQueue) {
            TopicExchange grid = new TopicExchange("grid.events", true, false);
            return new Declarables(grid, BindingBuilder.bind(placeCacheQueue).to(grid).with(REGION_CHANGED));
        }

        @Bean
        SimpleMessageListenerContainer placeCacheListener(ConnectionFactory connectionFactory,
                                                          Queue placeCacheQueue, PlaceCache cache) {
            SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connectionFactory);
            container.setQueues(placeCacheQueue);
            container.setAcknowledgeMode(AcknowledgeMode.AUTO);
            container.setMissingQueuesFatal(false);
            container.setMessageListener(message -> {
                Object tenant = message.getMessageProperties().getHeader(EventEnvelope.TENANT_HEADER);
                if (tenant != null) {
                    cache.evict(tenant.toString());
                }
            });
            return container;
        }
    }
}
