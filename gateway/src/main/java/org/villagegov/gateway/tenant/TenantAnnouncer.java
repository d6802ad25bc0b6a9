package org.villagegov.gateway.tenant;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells the services about registry changes on {@code gateway.events}, in the platform's
 * envelope, and waits for the broker's confirm. The event id is derived from the tenant and
 * the change, so a retried onboarding announces the same event and consumers apply it once.
 */
@Component
class TenantAnnouncer {

    static final String EXCHANGE = "gateway.events";

    private final RabbitTemplate rabbit;
    private final JsonMapper json;
    private final Clock clock;

    TenantAnnouncer(RabbitTemplate rabbit, JsonMapper json, Clock clock) {
        this.rabbit = rabbit;
        this.json = json;
        this.clock = clock;
    }

    void provisioned(TenantRecord tenant) {
        announce("tenant.provisioned", tenant, "tenant.provisioned:" + tenant.id());
    }

    void suspended(TenantRecord tenant) {
        announce("tenant.suspended", tenant, "tenant.suspended:" + tenant.id() + ":" + tenant.updatedAt().toEpochMilli());
    }

    void resumed(TenantRecord tenant) {
        announce("tenant.resumed", tenant, "tenant.resumed:" + tenant.id() + ":" + tenant.updatedAt().toEpochMilli());
    }

    private void announce(String type, TenantRecord tenant, String eventId) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("tenant", tenant.id());
        payload.put("province", tenant.province());
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("eventId", eventId);
        envelope.put("type", type);
        envelope.put("tenant", tenant.id());
        envelope.put("occurredAt", clock.instant().toString());
        envelope.put("payload", payload);
        Message message = MessageBuilder.withBody(json.writeValueAsString(envelope).getBytes(StandardCharsets.UTF_8))
                .setContentType("application/json")
                .setMessageId(eventId)
                .setType(type)
                .setDeliveryMode(MessageDeliveryMode.PERSISTENT)
                .setHeader("x-tenant", tenant.id())
                .setHeader("x-event-id", eventId)
                .build();
        rabbit.invoke(operations -> {
            operations.send(EXCHANGE, type, message);
            operations.waitForConfirmsOrDie(5000);
            return null;
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class Topology {

        @Bean
        TopicExchange gatewayEvents() {
            return new TopicExchange(EXCHANGE, true, false);
        }
    }
}
