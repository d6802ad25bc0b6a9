package org.villagegov.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.villagegov.platform.tenancy.Tenant;
import org.villagegov.platform.tenancy.TenantRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class EventConsumerTests {

    /** A registry that learns of a county only when refreshed, like the remote one right after onboarding. */
    static final class LateRegistry implements TenantRegistry {

        final List<Tenant> tenants = new ArrayList<>();
        Tenant pending;

        @Override
        public Optional<Tenant> byIssuer(String issuer) {
            return tenants.stream().filter(t -> t.issuer().equals(issuer)).findFirst();
        }

        @Override
        public Optional<Tenant> byId(String tenantId) {
            return tenants.stream().filter(t -> t.id().equals(tenantId)).findFirst();
        }

        @Override
        public Collection<Tenant> all() {
            return tenants;
        }

        @Override
        public void refresh() {
            if (pending != null) {
                tenants.add(pending);
            }
        }
    }

    private final MongoTemplate mongo = mock(MongoTemplate.class);
    private final List<String> handled = new ArrayList<>();

    private EventConsumer consumer(TenantRegistry registry) {
        when(mongo.exists(any(Query.class), eq(ProcessedEvent.class))).thenReturn(false);
        EventSubscription<Object> subscription = EventSubscription.on("gateway.events", "tenant.provisioned", Object.class,
                event -> handled.add(event.tenant()));
        return new EventConsumer(List.of(subscription), mongo, registry, properties());
    }

    private static MessagingProperties properties() {
        return new MessagingProperties("sample.events", "sample-service.events", "classic", null, 4, Duration.ofMillis(200),
                Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(5), 2);
    }

    private static Message event(String tenant) {
        return event(tenant, "");
    }

    /** {@code extraFields}: what a newer producer may add to the envelope, e.g. {@code ,"schema":2}. */
    private static Message event(String tenant, String extraFields) {
        String body = "{\"eventId\":\"e-1\",\"type\":\"tenant.provisioned\",\"tenant\":\"" + tenant
                + "\",\"occurredAt\":\"2026-11-24T08:00:00Z\",\"payload\":{\"tenant\":\"" + tenant + "\"}"
                + extraFields + "}";
        Message message = MessageBuilder.withBody(body.getBytes(StandardCharsets.UTF_8))
                .setHeader(EventEnvelope.TENANT_HEADER, tenant).build();
        message.getMessageProperties().setReceivedExchange("gateway.events");
        message.getMessageProperties().setReceivedRoutingKey("tenant.provisioned");
        return message;
    }

    @Test
    void whenEventNamesACountyTheCachedRegistryDoesNotKnowYetThenTheRegistryIsAskedAgain() {
        LateRegistry registry = new LateRegistry();
        registry.pending = new Tenant("jiyuan", "http://kc/realms/jiyuan", "henan", Tenant.Status.ACTIVE, null);

        consumer(registry).onMessage(event("jiyuan"));

        assertThat(handled).containsExactly("jiyuan");
    }

    @Test
    void whenANewerProducerAddedFieldsToTheEnvelopeThenTheEventIsStillHandled() {
        LateRegistry registry = new LateRegistry();
        registry.tenants.add(new Tenant("jiyuan", "http://kc/realms/jiyuan", "henan", Tenant.Status.ACTIVE, null));

        consumer(registry).onMessage(event("jiyuan", ",\"schema\":2,\"producer\":{\"version\":\"0.2.0\"}"));

        assertThat(handled).containsExactly("jiyuan");
    }

    @Test
    void whenTheCountyIsUnknownEvenAfterRefreshThenTheEventIsDeadLettered() {
        EventConsumer consumer = consumer(new LateRegistry());

        assertThatThrownBy(() -> consumer.onMessage(event("atlantis"))).isInstanceOf(AmqpRejectAndDontRequeueException.class);
        assertThat(handled).isEmpty();
    }

    @Test
    void whenTheConsumerKeepsNoMarksThenEveryDeliveryRunsTheHandlerAndNothingIsReadOrWrittenForIt() {
        LateRegistry registry = new LateRegistry();
        registry.tenants.add(new Tenant("jiyuan", "http://kc/realms/jiyuan", "henan", Tenant.Status.ACTIVE, null));
        EventSubscription<Object> subscription = EventSubscription.on("gateway.events", "tenant.provisioned", Object.class,
                event -> handled.add(event.eventId()));
        EventConsumer consumer = new EventConsumer(List.of(subscription), mongo, registry, properties(),
                "webhooks", false);

        consumer.onMessage(event("jiyuan"));
        consumer.onMessage(event("jiyuan"));

        // the handler is idempotent by itself (the webhook fan-out's delivery ids): it decides, not a mark
        assertThat(handled).containsExactly("e-1", "e-1");
        verify(mongo, never()).exists(any(Query.class), eq(ProcessedEvent.class));
        verify(mongo, never()).insert(any(ProcessedEvent.class));
    }

    @Test
    void whenTheConsumerKeepsMarksThenTheSecondDeliveryIsSkippedByItsMark() {
        LateRegistry registry = new LateRegistry();
        registry.tenants.add(new Tenant("jiyuan", "http://kc/realms/jiyuan", "henan", Tenant.Status.ACTIVE, null));
        EventConsumer consumer = consumer(registry);

        consumer.onMessage(event("jiyuan"));
        verify(mongo).insert(any(ProcessedEvent.class));
        when(mongo.exists(any(Query.class), eq(ProcessedEvent.class))).thenReturn(true);
        consumer.onMessage(event("jiyuan"));

        assertThat(handled).containsExactly("jiyuan");
    }
}
