package org.villagegov.platform.sample;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.villagegov.platform.messaging.EventEnvelope;
import org.villagegov.platform.messaging.TenantProvisioned;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.tenancy.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.villagegov.platform.test.TestTenants.LINXIAN;

@SampleIntegrationTest
@Import(TenantProvisioningIntegrationTests.Recorder.class)
class TenantProvisioningIntegrationTests {

    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Recorder recorder;

    @Test
    void whenTenantIsProvisionedThenIndexesAreCreatedAndTheServiceIsToldInTheTenantsContext() {
        TenantContext.run(LINXIAN, () -> mongo.dropCollection("village_codes"));
        String eventId = UUID.randomUUID().toString();
        String body = """
                {"eventId":"%s","type":"tenant.provisioned","tenant":"linxian","occurredAt":"2026-11-01T08:00:00Z",
                 "payload":{"tenant":"linxian","province":"henan"}}""".formatted(eventId);
        rabbit.send("gateway.events", "tenant.provisioned", MessageBuilder.withBody(body.getBytes(StandardCharsets.UTF_8))
                .setMessageId(eventId).setHeader(EventEnvelope.TENANT_HEADER, LINXIAN).build());

        await().atMost(Duration.ofSeconds(10)).until(() -> recorder.seen.contains(LINXIAN + "@" + LINXIAN));
        List<IndexInfo> indexes = TenantContext.call(LINXIAN, () -> mongo.indexOps("village_codes").getIndexInfo());
        assertThat(indexes).anySatisfy(index -> {
            assertThat(index.isIndexForFields(List.of("code"))).isTrue();
            assertThat(index.isUnique()).isTrue();
        });
        TenantContext.run(LINXIAN, () -> mongo.insert(new VillageCode("a", "same")));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TenantContext.run(LINXIAN,
                () -> mongo.insert(new VillageCode("b", "same"))))
                .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
    }

    @Test
    void whenACountyThisProcessHasNotSeenIsFirstUsedThenItsIndexesExistBeforeItsFirstWrites() throws Exception {
        // no start-up work per county: the indexes are made on first use, once, and both writers wait for them
        String county = "lazy" + UUID.randomUUID().toString().substring(0, 8);
        var writers = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<Boolean>> writes = new java.util.ArrayList<>();
        for (String id : List.of("a", "b")) {
            writes.add(writers.submit(() -> {
                try {
                    TenantContext.run(county, () -> mongo.insert(new VillageCode(id, "same")));
                    return true;
                } catch (org.springframework.dao.DuplicateKeyException refused) {
                    return false;
                }
            }));
        }
        List<Boolean> outcomes = new java.util.ArrayList<>();
        for (var write : writes) {
            outcomes.add(write.get());
        }
        writers.shutdown();
        assertThat(outcomes).containsExactlyInAnyOrder(true, false);
        assertThat(TenantContext.call(TenantId.PLATFORM, () -> mongo.collectionExists("village_codes")))
                .as("the platform's own database gets no county documents' indexes").isFalse();
    }

    @TestConfiguration
    static class Recorder {

        final List<String> seen = new CopyOnWriteArrayList<>();

        @EventListener
        void on(TenantProvisioned event) {
            seen.add(event.tenant() + "@" + TenantContext.current().orElse("none"));
        }
    }
}
