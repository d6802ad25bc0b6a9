package org.villagegov.mediation.instances;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.villagegov.mediation.MediationServiceApplication;
import org.villagegov.mediation.deadline.DeadlineChecks;
import org.villagegov.platform.messaging.EventEnvelope;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.test.GridLookupStub;
import org.villagegov.platform.test.Identities;
import org.villagegov.platform.test.MutableClock;
import org.villagegov.platform.test.PublishedEvents;
import org.villagegov.platform.test.ServiceInstances;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.villagegov.platform.test.TestTenants.DAYE;

/**
 * Two mediation-service instances against the same MongoDB, RabbitMQ and queue, reached through a
 * round-robin: the deadline check run by both at the same moment escalates each overdue case once
 * (one escalation, one {@code case.escalated}), and grid reports both consume open one case each.
 */
class TwoMediationInstancesIntegrationTests {

    private static final String SERVICE = "mediationtwins";
    private static final String TOWNSHIP = "t-jinhu";
    private static final String VILLAGE = "v-baisha";
    private static final Identities BAISHA = Identities.of(DAYE, TOWNSHIP, VILLAGE);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Both instances read this clock, so a deadline passes for both at once; it runs on, so leases expire. */
    private static final MutableClock clock = MutableClock.ticking(Instant.parse("2026-11-24T02:00:00Z"));
    private static final GridLookupStub grid = new GridLookupStub(DAYE, TOWNSHIP, VILLAGE);

    private static ServiceInstances mediation;
    private static PublishedEvents published;

    @BeforeAll
    static void startTwoInstances() {
        // The scheduled check waits an hour: the test runs it on both instances at the same moment. Databases and
        // exchange of their own (mediationtwins_daye, mediationtwins.events): their clock runs ahead, and no other
        // test context's cases may be escalated by it, nor these cases by another context's check.
        mediation = ServiceInstances.start(2, "mediation-service", Map.of(
                "platform.service-name", SERVICE,
                "platform.api-prefix", "/api/v1/mediation",
                "services.grid-uri", grid.url(),
                "mediation.deadline-check-interval", "PT1H"), clock, MediationServiceApplication.class);
        published = new PublishedEvents(mediation.get(0).getBean(ConnectionFactory.class), SERVICE + ".events");
    }

    @AfterAll
    static void stopInstances() {
        if (published != null) {
            published.close();
        }
        if (mediation != null) {
            mediation.close();
        }
        grid.close();
    }

    @Test
    void whenBothInstancesCheckDeadlinesAtOnceThenEachOverdueCaseIsEscalatedOnce() {
        int overdue = 8;
        String mediator = post(mediation.next("/api/v1/mediation/mediators"), BAISHA.countyAdmin("admin-1"), """
                {"name":"Twin mediator","userId":"mediator-%s","level":"VILLAGE","villageId":"%s","specialties":["NEIGHBOURHOOD"]}
                """.formatted(UUID.randomUUID(), VILLAGE)).get("id").asString();
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < overdue; i++) {
            String id = post(mediation.next("/api/v1/mediation/cases"), BAISHA.cadre("cadre-1"), """
                    {"source":"WALK_IN","category":"NEIGHBOURHOOD","description":"A quarrel over a wall","amount":100,
                     "parties":[{"kind":"HOUSEHOLD","householdId":"hh-%s"},{"kind":"HOUSEHOLD","householdId":"hh-%s"}]}
                    """.formatted(UUID.randomUUID(), UUID.randomUUID())).get("id").asString();
            post(mediation.next("/api/v1/mediation/cases/" + id + "/assignment"), BAISHA.cadre("cadre-1"),
                    "{\"mediatorId\":\"" + mediator + "\",\"overrideReason\":\"chosen by the test\"}");
            cases.add(id);
        }
        clock.advance(Duration.ofDays(4));  // past every acceptance deadline, for both instances
        long storedBefore = storedEscalations();

        List<Integer> escalated = mediation.onEachAtOnce(context -> DeadlineChecks.escalateOverdue(context, DAYE));
        mediation.onEachAtOnce(context -> DeadlineChecks.escalateOverdue(context, DAYE));  // a later check finds nothing of these

        // other cases of this class may have come due too: what both instances count is what was stored, once each
        assertThat(escalated.stream().mapToInt(Integer::intValue).sum()).as("escalations counted by one instance or the other")
                .isEqualTo(storedEscalations() - storedBefore).isGreaterThanOrEqualTo(overdue);
        for (String id : cases) {
            Document stored = TenantContext.call(DAYE, () -> mongo().findById(id, Document.class, "cases"));
            assertThat(stored.getString("level")).isEqualTo("TOWNSHIP");
            assertThat(stored.getList("escalations", Document.class)).as("escalations of %s", id).hasSize(1);
            assertThat(stored.getList("outbox", Document.class).stream().filter(event -> "case.escalated".equals(event.getString("type"))))
                    .as("case.escalated raised by %s", id).hasSize(1);
        }
        published.assertOnceEach("case.escalated", "caseId", Set.copyOf(cases));
    }

    @Test
    void whenBothInstancesConsumeGridReportsThenEachReportOpensOneCase() {
        int reports = 30;
        List<String> reportIds = new ArrayList<>();
        RabbitTemplate rabbit = mediation.get(0).getBean(RabbitTemplate.class);
        for (int i = 0; i < reports; i++) {
            String reportId = "twin-report-" + UUID.randomUUID();
            reportIds.add(reportId);
            Message message = disputeReported(UUID.randomUUID().toString(), reportId);
            rabbit.send("grid.events", "dispute.reported", message);
            if (i % 3 == 0) {  // handed over twice, most likely to the other instance the second time
                rabbit.send("grid.events", "dispute.reported", message);
            }
        }

        Query ofReports = Query.query(Criteria.where("reportId").in(reportIds));
        await().atMost(Duration.ofSeconds(30)).until(() -> TenantContext.call(DAYE, () -> mongo().count(ofReports, "cases")) >= reports);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> TenantContext.call(DAYE, () -> mongo().count(ofReports, "cases")) == reports);
        assertThat(TenantContext.call(DAYE, () -> mongo().findDistinct(ofReports, "reportId", "cases", String.class)))
                .containsExactlyInAnyOrderElementsOf(reportIds);
        published.assertOnceEach("case.opened", "reportId", Set.copyOf(reportIds));
    }

    private static Message disputeReported(String eventId, String reportId) {
        String body = """
                {"eventId":"%s","type":"dispute.reported","tenant":"daye","occurredAt":"2026-11-24T01:00:00Z","payload":
                 {"reportId":"%s","townshipId":"%s","villageId":"%s","householdIds":["hh-%s"],
                  "description":"quarrel over irrigation water","reportedBy":"grid-worker-7","reportedAt":"2026-11-24T00:30:00Z"}}
                """.formatted(eventId, reportId, TOWNSHIP, VILLAGE, UUID.randomUUID());
        return MessageBuilder.withBody(body.getBytes(StandardCharsets.UTF_8)).setContentType("application/json")
                .setMessageId(eventId).setHeader(EventEnvelope.TENANT_HEADER, DAYE).build();
    }

    /** Escalations stored on every case of the county. */
    private static long storedEscalations() {
        return TenantContext.call(DAYE, () -> mongo().findAll(Document.class, "cases")).stream()
                .mapToLong(c -> c.getList("escalations", Document.class, List.of()).size()).sum();
    }

    private static MongoTemplate mongo() {
        return mediation.get(0).getBean(MongoTemplate.class);
    }

    private static JsonNode post(URI uri, String token, String body) {
        HttpResponse<String> answer = mediation.send(HttpRequest.newBuilder(uri).header("Authorization", token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(answer.statusCode()).as("POST %s: %s", uri, answer.body()).isBetween(200, 299);
        return JSON.readTree(answer.body());
    }
}
