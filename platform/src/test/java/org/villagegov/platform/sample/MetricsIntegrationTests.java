package org.villagegov.platform.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.villagegov.platform.messaging.OutboxRelay;
import org.villagegov.platform.tenancy.TenantContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.villagegov.platform.test.TestTenants.LINXIAN;

/** The gauges an operator alerts on read what is really there: unsent events, dead letters, jobs that ran. */
@SampleIntegrationTest
class MetricsIntegrationTests {

    @Autowired
    MeterRegistry registry;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    OutboxRelay relay;
    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    AmqpAdmin admin;
    @Value("${platform.messaging.queue}")
    String queue;
    @Value("${platform.webhooks.queue}")
    String webhooksQueue;

    @Test
    void whenACountyHoldsUnsentEventsThenTheBacklogAndTheAgeOfTheOldestCountThemWithoutACountyTag() {
        long before = relay.backlog().unsent();
        String id = "held-" + UUID.randomUUID();
        Instant twoMinutesAgo = Instant.now().minusSeconds(120);
        // claimed far ahead, so the relay leaves them unsent while the gauges read them
        Date claimedUntil = Date.from(Instant.now().plus(Duration.ofHours(1)));
        relay.expect(LINXIAN);
        TenantContext.run(LINXIAN, () -> mongo.insert(new Document("_id", id).append("village", Tokens.VILLAGE)
                .append("text", "held").append("outbox", List.of(
                        unsent(twoMinutesAgo, claimedUntil), unsent(Instant.now(), claimedUntil))), "notes"));
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> gauge("outbox.backlog") == before + 2);
            assertThat(gauge("outbox.oldest.age")).isGreaterThanOrEqualTo(120);
            assertThat(registry.get("outbox.backlog").gauge().getId().getTag("tenant")).isNull();
        } finally {
            TenantContext.run(LINXIAN, () -> mongo.remove(Query.query(Criteria.where("_id").is(id)), "notes"));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> gauge("outbox.backlog") == before);
    }

    @Test
    void whenAnEventIsDeadLetteredThenTheDepthOfTheDeadLetterQueueCountsIt() {
        String deadLetters = queue + ".dlq";
        await().atMost(Duration.ofSeconds(5)).until(() -> !Double.isNaN(depth(deadLetters)));
        long before = admin.getQueueInfo(deadLetters).getMessageCount();
        String eventId = UUID.randomUUID().toString();
        // a county nobody registered: the consumer dead-letters it at once
        rabbit.send("sample.events", "note.created", MessagingIntegrationTests.event(eventId, "note.created", "atlantis", "n"));

        await().atMost(Duration.ofSeconds(10)).until(() -> depth(deadLetters) == before + 1);
        assertThat(registry.find("rabbit.queue.depth").meters()).extracting(meter -> meter.getId().getTag("queue"))
                .containsExactlyInAnyOrder(queue, deadLetters, webhooksQueue, webhooksQueue + ".dlq");
        assertThat(registry.get("rabbit.queue.consumers").tag("queue", queue).gauge().value()).isPositive();
        await().atMost(Duration.ofSeconds(5)).until(() -> rabbit.receive(deadLetters), message -> message != null
                && eventId.equals(message.getMessageProperties().getMessageId()));
    }

    @Test
    void whenThePlatformsWorkersRunTheirRoundsThenTheirRunsAreCountedByJob() {
        await().atMost(Duration.ofSeconds(15)).until(() -> successes("outbox-relay") > 0 && successes("outbox-metrics") > 0);
        assertThat(registry.get("jobs.runs").tag("job.name", "outbox-relay").tag("outcome", "failure").counter().count())
                .isZero();
        assertThat(registry.get("jobs.last.success").tag("job.name", "outbox-relay").gauge().value())
                .isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(30.0));
    }

    private static Document unsent(Instant occurredAt, Date claimedUntil) {
        return new Document("eventId", UUID.randomUUID().toString()).append("type", "note.created")
                .append("occurredAt", Date.from(occurredAt)).append("payload", "{}")
                .append("sent", false).append("claimedUntil", claimedUntil);
    }

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }

    private double depth(String queueName) {
        return registry.get("rabbit.queue.depth").tag("queue", queueName).gauge().value();
    }

    private double successes(String job) {
        var counter = registry.find("jobs.runs").tag("job.name", job).tag("outcome", "success").counter();
        return counter == null ? 0 : counter.count();
    }
}
