package org.villagegov.gateway.config;

import java.time.Duration;

import com.mongodb.reactivestreams.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * The registry database checked with one {@code ping} through the client, in place of Spring Boot's
 * indicator of the same name ({@code mongo}), which sends {@code hello} to every database the
 * cluster lists (thousands once the services' county databases share it) and which the embedded
 * MongoDB-wire server of the tests and the local stack does not know: health was DOWN on a healthy
 * gateway. Redis, RabbitMQ and the readiness groups are Spring Boot's, set in application.yml.
 */
@Configuration(proxyBeanMethods = false)
class HealthChecks {

    private static final Document PING = new Document("ping", 1);
    /** A probe answers in time even if the driver would wait longer for a server. */
    private static final Duration TIMEOUT = Duration.ofSeconds(4);

    @Bean
    ReactiveHealthIndicator mongoHealthIndicator(MongoClient client) {
        return () -> Mono.from(client.getDatabase("admin").runCommand(PING))
                .timeout(TIMEOUT)
                .map(answer -> Health.up().build())
                .onErrorResume(e -> Mono.just(Health.down().withDetail("error", e.getClass().getName()).build()));
    }
}
