package org.villagegov.mediation.intake;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.villagegov.mediation.MediationTestSupport;
import org.villagegov.platform.messaging.EventEnvelope;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.villagegov.platform.test.TestTenants.DAYE;

/** Through the real broker: grid-service's reports in, the case events out. */
class GridReportIntakeIntegrationTests extends MediationTestSupport {

    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    RabbitAdmin admin;

    private static Message disputeReported(String eventId, String reportId, String... households) {
        String body = """
                {"eventId":"%s","type":"dispute.reported","tenant":"daye","occurredAt":"2026-11-24T01:00:00Z","payload":
                 {"reportId":"%s","townshipId":"%s","villageId":"%s","householdIds":["%s"],
                  "description":"quarrel over irrigation water","reportedBy":"grid-worker-7","reportedAt":"2026-11-24T00:30:00Z"}}
                """.formatted(eventId, reportId, TOWNSHIP, VILLAGE, String.join("\",\"", households));
        return MessageBuilder.withBody(body.getBytes(StandardCharsets.UTF_8)).setContentType("application/json")
                .setMessageId(eventId).setHeader(EventEnvelope.TENANT_HEADER, DAYE).build();
    }

    @Test
    void whenTheSameReportArrivesTwiceOrIsResentThenExactlyOneCaseIsOpenedAndCaseOpenedIsPublished() throws Exception {
        Queue queue = new Queue("mediation-test-" + UUID.randomUUID(), false, true, true);
        admin.declareQueue(queue);
        admin.declareBinding(BindingBuilder.bind(queue).to(new TopicExchange("mediation.events")).with("case.opened"));
        try {
            String reportId = "report-" + UUID.randomUUID();
            Message message = disputeReported(UUID.randomUUID().toString(), reportId, household(), household());
            rabbit.send("grid.events", "dispute.reported", message);
            rabbit.send("grid.events", "dispute.reported", message);
            // grid-service re-sending the report under a new event id changes nothing either
            rabbit.send("grid.events", "dispute.reported", disputeReported(UUID.randomUUID().toString(), reportId, household()));

            Criteria ofReport = Criteria.where("reportId").is(reportId);
            await().atMost(Duration.ofSeconds(15)).until(() -> countCases(ofReport) == 1);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> countCases(ofReport) == 1);

            JsonNode c = getJson("/api/v1/mediation/cases/grid-" + reportId, cadre());
            assertThat(c.get("source").asString()).isEqualTo("GRID_REPORT");
            assertThat(c.get("reportId").asString()).isEqualTo(reportId);
            assertThat(c.get("parties")).hasSize(2);
            assertThat(c.get("level").asString()).isEqualTo("VILLAGE");
            assertThat(c.get("openedBy").asString()).isEqualTo("grid:grid-worker-7");

            Message published = await().atMost(Duration.ofSeconds(15))
                    .until(() -> receiveFor(queue, "grid-" + reportId), m -> m != null);
            JsonNode envelope = json(new String(published.getBody(), StandardCharsets.UTF_8));
            assertThat(envelope.get("type").asString()).isEqualTo("case.opened");
            assertThat(envelope.get("payload").get("caseId").asString()).isEqualTo("grid-" + reportId);
            assertThat(envelope.get("payload").get("reportId").asString()).isEqualTo(reportId);
            assertThat(envelope.get("payload").get("source").asString()).isEqualTo("GRID_REPORT");
            assertThat((String) published.getMessageProperties().getHeader(EventEnvelope.TENANT_HEADER)).isEqualTo(DAYE);
        } finally {
            admin.deleteQueue(queue.getName());
        }
    }

    @Test
    void whenAnAgreementIsReachedThenCaseResolvedReachesTheBrokerForPointsService() throws Exception {
        Queue queue = new Queue("mediation-test-" + UUID.randomUUID(), false, true, true);
        admin.declareQueue(queue);
        admin.declareBinding(BindingBuilder.bind(queue).to(new TopicExchange("mediation.events")).with("case.resolved"));
        try {
            JsonNode c = caseInMediation();
            String id = c.get("id").asString();
            session(id);
            agree(c);
            Message published = await().atMost(Duration.ofSeconds(15)).until(() -> receiveFor(queue, id), m -> m != null);
            JsonNode payload = json(new String(published.getBody(), StandardCharsets.UTF_8)).get("payload");
            assertThat(payload.get("outcome").asString()).isEqualTo("AGREEMENT");
            assertThat(payload.get("reconcilingHouseholdIds")).hasSize(2);
        } finally {
            admin.deleteQueue(queue.getName());
        }
    }

    private Message receiveFor(Queue queue, String caseId) {
        Message message;
        while ((message = rabbit.receive(queue.getName())) != null) {
            if (new String(message.getBody(), StandardCharsets.UTF_8).contains("\"caseId\":\"" + caseId + "\"")) {
                return message;
            }
        }
        return null;
    }
}
