package org.villagegov.points.award;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.points.PointsTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;

class AwardPublishingIntegrationTests extends PointsTestSupport {

    @Autowired
    AwardCrediting crediting;
    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    RabbitAdmin admin;

    @Test
    void whenAwardIsCreditedThenPointsCreditedIsPublishedToTheBroker() throws Exception {
        Queue queue = new Queue("points-test-" + UUID.randomUUID(), false, false, true);
        admin.declareQueue(queue);
        admin.declareBinding(BindingBuilder.bind(queue).to(new TopicExchange("points.events")).with("points.awarded"));
        try {
            String household = household();
            String award = postJson("/api/v1/points/awards", gridWorker(), """
                    {"householdId":"%s","ruleCode":"volunteering","occurredOn":"2026-11-20"}
                    """.formatted(household)).get("id").asString();
            mvc.perform(post("/api/v1/points/awards/" + award + "/approve").header("Authorization", cadre()))
                    .andExpect(status().isOk());
            clock.advance(Duration.ofDays(3).plusSeconds(1));
            TenantContext.call(DAYE, crediting::creditDue);

            Message message = await().atMost(Duration.ofSeconds(15)).until(() -> receiveFor(queue, household), m -> m != null);
            String body = new String(message.getBody());
            assertThat(body).contains("\"amount\":5").contains("\"ruleCode\":\"volunteering\"").contains("\"sourceId\":\"" + award + "\"");
        } finally {
            admin.deleteQueue(queue.getName());
        }
    }

    @Test
    void whenManyProposalsRaceForACapOfOneThenExactlyOneIsStored() throws Exception {
        String household = household();
        List<Callable<Integer>> proposals = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            proposals.add(() -> mvc.perform(post("/api/v1/points/awards").header("Authorization", gridWorker())
                            .contentType("application/json").content("""
                                    {"householdId":"%s","ruleCode":"filial-piety","evidence":"seen","occurredOn":"2026-11-10"}
                                    """.formatted(household)))
                    .andReturn().getResponse().getStatus());
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> status : pool.invokeAll(proposals)) {
                statuses.add(status.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
        assertThat(statuses).containsOnly(201, 422);
    }

    private Message receiveFor(Queue queue, String household) {
        Message message;
        while ((message = rabbit.receive(queue.getName())) != null) {
            if (new String(message.getBody()).contains(household)) {
                return message;
            }
        }
        return null;
    }
}
