package org.villagegov.platform.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.villagegov.platform.sample.SampleApplication;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.test.PlatformTestContextCustomizerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.villagegov.platform.test.TestTenants.DAYE;

/**
 * Instances of a service of their own ({@code hooks-service}: its own exchange, queues and databases, so
 * no other test context of the JVM sends its deliveries): two at once, and one stopped and started again.
 */
class WebhookInstancesIntegrationTests {

    static final String APPLICATION = "hooks-service";

    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    private Map<String, Object> shared;
    private Receiver receiver;

    @BeforeEach
    void setUp() throws Exception {
        shared = PlatformTestContextCustomizerFactory.testProperties(APPLICATION);  // one set of queues for every instance
        receiver = new Receiver();
    }

    @AfterEach
    void tearDown() {
        receiver.close();
        if (instances.isEmpty()) {
            start();
        }
        MongoTemplate mongo = instances.getLast().getBean(MongoTemplate.class);
        TenantContext.run(DAYE, () -> {
            mongo.remove(new Query(), WebhookSubscription.class);
            mongo.remove(new Query(), WebhookDelivery.class);
        });
        instances.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void whenTwoInstancesConsumeAndDispatchThenEachEventIsDeliveredExactlyOnce() {
        ConfigurableApplicationContext first = start();
        start();
        String secret = subscribe(first);
        List<String> events = new ArrayList<>();
        RabbitTemplate rabbit = first.getBean(RabbitTemplate.class);
        for (int i = 0; i < 20; i++) {
            String eventId = UUID.randomUUID().toString();
            events.add(eventId);
            rabbit.send("hooks.events", "note.created", WebhookIntegrationTests.message(eventId, "note.created", DAYE, DAYE));
            if (i % 4 == 0) {  // the broker may hand an event over twice
                rabbit.send("hooks.events", "note.created", WebhookIntegrationTests.message(eventId, "note.created", DAYE, DAYE));
            }
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.accepted().size() >= events.size());
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> receiver.requests.size() == events.size());
        Set<String> delivered = receiver.accepted().stream().map(Receiver.Received::id).collect(Collectors.toSet());
        assertThat(delivered).containsExactlyInAnyOrderElementsOf(events);
        assertThat(receiver.accepted()).allMatch(received -> received.signedWith(secret));
    }

    @Test
    void whenTheServiceRestartsWithPendingDeliveriesThenTheyAreDeliveredAfterwards() {
        ConfigurableApplicationContext before = start();
        String secret = subscribe(before);
        receiver.failAll = true;
        String eventId = UUID.randomUUID().toString();
        before.getBean(RabbitTemplate.class).send("hooks.events", "note.created",
                WebhookIntegrationTests.message(eventId, "note.created", DAYE, DAYE));
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.requests.size() == 1);
        before.close();
        instances.remove(before);

        // as if an instance had claimed it and died in the middle of the attempt
        MongoTemplate mongo = start().getBean(MongoTemplate.class);
        // (the new instance may already be sending it: the lease below waits for its own to end)
        receiver.failAll = false;
        TenantContext.run(DAYE, () -> mongo.updateFirst(
                Query.query(Criteria.where("eventId").is(eventId).and("status").is("PENDING").and("leaseUntil").is(null)),
                new Update().set("leaseUntil", Date.from(Instant.now().plusSeconds(1))), WebhookDelivery.class));

        await().atMost(Duration.ofSeconds(15)).until(() -> receiver.accepted().size() == 1);
        assertThat(receiver.accepted().getFirst().id()).isEqualTo(eventId);
        assertThat(receiver.accepted().getFirst().signedWith(secret)).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> TenantContext.call(DAYE, () -> mongo.findOne(
                Query.query(Criteria.where("eventId").is(eventId)), WebhookDelivery.class)).status() == WebhookDelivery.Status.DELIVERED);
    }

    private ConfigurableApplicationContext start() {
        List<String> args = new ArrayList<>();
        shared.forEach((key, value) -> args.add("--" + key + "=" + value));
        args.add("--spring.application.name=" + APPLICATION);
        args.add("--server.port=0");
        args.add("--platform.webhooks.retry-schedule=0s,2s,2s");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SampleApplication.class)
                .run(args.toArray(String[]::new));
        instances.add(context);
        return context;
    }

    private String subscribe(ConfigurableApplicationContext instance) {
        PlatformUser admin = new PlatformUser("admin-daye", "admin", DAYE, Set.of("county-admin"), null, null, null, "web-console");
        return TenantContext.call(DAYE, () -> instance.getBean(WebhookSubscriptions.class)
                .create(receiver.url(), List.of("note.created"), "test", admin).secret());
    }
}
