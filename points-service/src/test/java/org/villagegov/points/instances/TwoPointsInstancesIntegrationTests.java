package org.villagegov.points.instances;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.villagegov.platform.messaging.EventEnvelope;
import org.villagegov.platform.messaging.Outbox;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.test.GridLookupStub;
import org.villagegov.platform.test.Identities;
import org.villagegov.platform.test.MutableClock;
import org.villagegov.platform.test.PublishedEvents;
import org.villagegov.platform.test.ServiceInstances;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.points.PointsServiceApplication;
import org.villagegov.points.account.KilledLedger;
import org.villagegov.points.account.Ledger;
import org.villagegov.points.account.LedgerSweeps;
import org.villagegov.points.account.Posting;
import org.villagegov.points.award.AwardSweeps;
import org.villagegov.points.config.PointsProperties;
import org.villagegov.points.supermarket.RedemptionSweeps;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.villagegov.platform.test.TestTenants.DAYE;

/**
 * Two points-service instances against the same MongoDB, RabbitMQ and queue, reached through a
 * round-robin as a load balancer would: events they both consume, sweeps they both run, an
 * Idempotency-Key answered by either and outbox events both relays see are each applied or
 * published once. Every household here is new ({@code twin-...}), so the counts are this class's own.
 */
class TwoPointsInstancesIntegrationTests {

    private static final String SERVICE = "pointstwins";
    private static final String TOWNSHIP = "t-jinhu";
    private static final String VILLAGE = "v-baisha";
    private static final Identities BAISHA = Identities.of(DAYE, TOWNSHIP, VILLAGE);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Both instances read this clock, so a notice period ends for both at once; it runs on, so leases expire. */
    private static final MutableClock clock = MutableClock.ticking(Instant.parse("2026-11-24T02:00:00Z"));
    private static final GridLookupStub grid = new GridLookupStub(DAYE, TOWNSHIP, VILLAGE);

    private static ServiceInstances points;
    /** What the instances published on points.events since they started. */
    private static PublishedEvents published;

    @BeforeAll
    static void startTwoInstances() {
        // Sweeps run when a test says so, on both instances at once; the outbox relays sweep every 500 ms (test
        // default). Databases and exchange of their own (pointstwins_daye, pointstwins.events): no other test
        // context of the JVM sweeps these instances' awards or relays their events, so every count is theirs.
        points = ServiceInstances.start(2, "points-service", Map.of(
                "platform.service-name", SERVICE,
                "platform.api-prefix", "/api/v1/points",
                "services.grid-uri", grid.url(),
                "points.sweep-interval", "PT1H",
                "points.red-min-earned", "2"), clock, PointsServiceApplication.class);
        published = new PublishedEvents(points.get(0).getBean(ConnectionFactory.class), SERVICE + ".events");
    }

    @AfterAll
    static void stopInstances() {
        if (published != null) {
            published.close();
        }
        if (points != null) {
            points.close();
        }
        grid.close();
    }

    @Test
    void whenTwoInstancesConsumeTheSameQueueThenEachEventCreditsOnceAndIsPublishedOnce() throws Exception {
        int events = 120;
        List<String> households = new ArrayList<>();
        RabbitTemplate rabbit = points.get(0).getBean(RabbitTemplate.class);
        for (int i = 0; i < events; i++) {
            String household = "twin-" + UUID.randomUUID();
            households.add(household);
            Message message = meetingAttended(UUID.randomUUID().toString(), household);
            rabbit.send("council.events", "meeting.attended", message);
            if (i % 4 == 0) {  // the broker may hand an event over twice, here most likely to the other instance
                rabbit.send("council.events", "meeting.attended", message);
            }
        }

        await().atMost(Duration.ofSeconds(40)).until(() -> appliedLines(households) == events);
        assertThat(balances(households)).as("meeting attendance is 2 points, credited once per event")
                .containsOnlyKeys(households).allSatisfy((household, balance) -> assertThat(balance).isEqualTo(2L));
        assertLedgerConsistent();
        published.assertOnceEach("points.awarded", "householdId", Set.copyOf(households));
    }

    @Test
    void whenBothInstancesSweepDueAwardsAtOnceThenEachAwardIsCreditedOnce() throws Exception {
        int awards = 12;
        List<String> households = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < awards; i++) {
            String household = "twin-" + UUID.randomUUID();
            households.add(household);
            String award = post(points.next("/api/v1/points/awards"), BAISHA.gridWorker("grid-worker-1"), null, """
                    {"householdId":"%s","ruleCode":"volunteering","evidence":"photo","occurredOn":"%s"}
                    """.formatted(household, CountyTime.today(clock))).get("id").asString();
            post(points.next("/api/v1/points/awards/" + award + "/approve"), BAISHA.cadre("cadre-1"), null, "{}");
            ids.add(award);
        }
        clock.advance(Duration.ofDays(3).plusMinutes(1));  // past every notice period, for both instances

        List<Integer> credited = points.onEachAtOnce(context -> AwardSweeps.creditDue(context, DAYE));

        assertThat(credited.stream().mapToInt(Integer::intValue).sum()).as("credited by one instance or the other").isEqualTo(awards);
        assertThat(TenantContext.call(DAYE, () -> mongo().count(Query.query(Criteria.where("_id").in(ids)
                .and("status").is("CREDITED")), "awards"))).isEqualTo(awards);
        long volunteering = balances(households).values().iterator().next();
        assertThat(volunteering).isPositive();
        assertThat(balances(households)).containsOnlyKeys(households).allSatisfy((household, balance) ->
                assertThat(balance).isEqualTo(volunteering));
        assertThat(appliedLines(households)).isEqualTo(awards);
        assertLedgerConsistent();
        published.assertOnceEach("points.awarded", "householdId", Set.copyOf(households));
    }

    @Test
    void whenBothInstancesDecideLinesLeftUndecidedAtOnceThenEachIsDecidedOnce() {
        int killed = 10;
        ConfigurableApplicationContext first = points.get(0);
        Ledger dying = KilledLedger.betweenTheTwoWrites(first.getBean(MongoTemplate.class), first.getBean(Outbox.class),
                first.getBean(CountyTime.class), first.getBean(PointsProperties.class), clock);
        List<String> households = new ArrayList<>();
        for (int i = 0; i < killed; i++) {
            String household = "twin-" + UUID.randomUUID();
            households.add(household);
            String eventId = UUID.randomUUID().toString();
            Posting posting = new Posting("event:" + eventId + ":" + household, household, TOWNSHIP, VILLAGE, null, 2,
                    Posting.Source.EVENT, "meeting-attendance", 1, "m-twin", "meeting.attended", "event:" + eventId);
            assertThatThrownBy(() -> TenantContext.run(DAYE, () -> dying.post(posting)))
                    .as("killed after writing the line").isInstanceOf(DataAccessResourceFailureException.class);
        }
        assertThat(appliedLines(households)).as("an undecided line is in no balance").isZero();
        clock.advance(first.getBean(PointsProperties.class).redemptionLease().plusMinutes(1));

        List<Integer> decided = points.onEachAtOnce(context -> LedgerSweeps.decideStale(context, DAYE));

        assertThat(decided.stream().mapToInt(Integer::intValue).sum()).as("decided by one instance or the other").isEqualTo(killed);
        assertThat(appliedLines(households)).isEqualTo(killed);
        assertThat(balances(households)).containsOnlyKeys(households).allSatisfy((household, balance) -> assertThat(balance).isEqualTo(2L));
        assertLedgerConsistent();
        published.assertOnceEach("points.awarded", "householdId", Set.copyOf(households));
    }

    @Test
    void whenBothInstancesRecoverHalfDoneRedemptionsAtOnceThenEachSagaEndsOnceAndTheStockComesBackOnce() {
        int stock = 6;
        String item = post(points.next("/api/v1/points/supermarket/items"), BAISHA.inVillage("clerk-1", "points-clerk"), null,
                "{\"villageId\":\"%s\",\"name\":\"soap\",\"price\":10,\"stock\":%d}".formatted(VILLAGE, stock))
                .get("id").asString();
        List<String> redemptions = new ArrayList<>();
        for (int i = 0; i < stock; i++) {  // every piece reserved by a driver that died before the debit
            redemptions.add(RedemptionSweeps.leftHalfDone(points.get(i % 2), DAYE, item, "twin-" + UUID.randomUUID(),
                    TOWNSHIP, VILLAGE, clock));
        }
        assertThat(stockOf(item)).isZero();
        clock.advance(Duration.ofSeconds(1));  // past every driver's lease

        List<Integer> recovered = points.onEachAtOnce(context -> RedemptionSweeps.recoverStale(context, DAYE));

        assertThat(recovered.stream().mapToInt(Integer::intValue).sum()).as("taken over by one instance or the other").isEqualTo(stock);
        assertThat(TenantContext.call(DAYE, () -> mongo().count(Query.query(Criteria.where("_id").in(redemptions)
                .and("status").is("FAILED")), "redemptions"))).as("no debit happened: each saga failed, once").isEqualTo(stock);
        assertThat(stockOf(item)).as("each reserved piece put back once").isEqualTo(stock);
    }

    @Test
    void whenBothInstancesComputeAVillagesListsAtOnceThenEachHouseholdIsListedOnce() {
        List<String> households = new ArrayList<>();
        RabbitTemplate rabbit = points.get(0).getBean(RabbitTemplate.class);
        for (int i = 0; i < 6; i++) {  // 2 points each: the red list's threshold here
            String household = "twin-" + UUID.randomUUID();
            households.add(household);
            rabbit.send("council.events", "meeting.attended", meetingAttended(UUID.randomUUID().toString(), household));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> appliedLines(households) == households.size());
        String period = "{\"villageId\":\"%s\",\"periodStart\":\"2026-11-01\",\"periodEnd\":\"%s\"}"
                .formatted(VILLAGE, CountyTime.today(clock));

        List<JsonNode> computed = points.onEachAtOnce(context -> post(points.uri(points.all().indexOf(context),
                "/api/v1/points/lists/computations"), BAISHA.cadre("cadre-1"), null, period));

        Query ofPeriod = Query.query(Criteria.where("villageId").is(VILLAGE).and("periodStart").is(LocalDate.parse("2026-11-01")));
        long listed = TenantContext.call(DAYE, () -> mongo().count(ofPeriod, "list_entries"));
        assertThat(computed.stream().mapToLong(answer -> answer.get("red").asLong() + answer.get("black").asLong()).sum())
                .as("households newly listed by one computation or the other").isEqualTo(listed);
        assertThat(TenantContext.call(DAYE, () -> mongo().count(Query.query(Criteria.where("householdId").in(households)
                .and("kind").is("RED")), "list_entries"))).isEqualTo(households.size());
        published.assertOnceEach("household.redlisted", "householdId", Set.copyOf(households));
    }

    @Test
    void whenTheSameIdempotencyKeyReachesEitherInstanceThenOneAwardIsProposedAndTheRetryIsAReplay() throws Exception {
        String household = "twin-" + UUID.randomUUID();
        String body = volunteeringProposal(household);
        String worker = BAISHA.gridWorker("grid-worker-1");
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = points.send(request(points.uri(0, "/api/v1/points/awards"), worker, key, body));
        HttpResponse<String> retry = points.send(request(points.uri(1, "/api/v1/points/awards"), worker, key, body));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(JSON.readTree(retry.body()).get("id")).isEqualTo(JSON.readTree(first.body()).get("id"));
        assertThat(awardsOf(household)).isEqualTo(1);
    }

    @Test
    void whenTheSameIdempotencyKeyReachesBothInstancesAtOnceThenOneAwardIsProposed() throws Exception {
        String household = "twin-" + UUID.randomUUID();
        String body = volunteeringProposal(household);
        String worker = BAISHA.gridWorker("grid-worker-1");
        String key = UUID.randomUUID().toString();

        List<HttpResponse<String>> answers = points.onEachAtOnce(context -> points.send(request(
                points.uri(points.all().indexOf(context), "/api/v1/points/awards"), worker, key, body)));

        // the first to store the key proposes; the other waits for nothing: a replay if it finished, else 409 in progress
        assertThat(answers).extracting(HttpResponse::statusCode).containsAnyOf(201).allMatch(status -> status == 201 || status == 409);
        assertThat(answers.stream().filter(answer -> answer.statusCode() == 201
                && answer.headers().firstValue("Idempotent-Replayed").isEmpty())).hasSize(1);
        assertThat(awardsOf(household)).isEqualTo(1);
    }

    @Test
    void whenACorrectionIsApprovedThroughOneInstanceThenItsEventIsPublishedOnceWhileBothRelaysSweep() throws Exception {
        String household = "twin-" + UUID.randomUUID();
        String correction = post(points.uri(0, "/api/v1/points/accounts/" + household + "/corrections"),
                BAISHA.countyAdmin("admin-1"), null, "{\"amount\":30,\"category\":\"OTHER\",\"reason\":\"opening balance\"}")
                .get("id").asString();
        post(points.uri(1, "/api/v1/points/corrections/" + correction + "/approve"), BAISHA.countyAdmin("admin-2"), null, "{}");

        assertThat(balances(List.of(household))).containsEntry(household, 30L);
        published.assertOnceEach("correction.approved", "householdId", Set.of(household));
    }

    // ---- helpers

    private static Message meetingAttended(String eventId, String household) {
        String body = """
                {"eventId":"%s","type":"meeting.attended","tenant":"daye","occurredAt":"2026-11-24T01:00:00Z","payload":
                 {"meetingId":"m-twin","matterId":"mt-1","townshipId":"%s","villageId":"%s","householdIds":["%s"],"heldOn":"2026-11-23"}}
                """.formatted(eventId, TOWNSHIP, VILLAGE, household);
        return MessageBuilder.withBody(body.getBytes(StandardCharsets.UTF_8)).setContentType("application/json")
                .setMessageId(eventId).setHeader(EventEnvelope.TENANT_HEADER, DAYE).build();
    }

    private static MongoTemplate mongo() {
        return points.get(0).getBean(MongoTemplate.class);
    }

    private static long appliedLines(List<String> households) {
        return TenantContext.call(DAYE, () -> mongo().count(Query.query(Criteria.where("householdId").in(households)
                .and("state").is("APPLIED")), "passbook_entries"));
    }

    private static long stockOf(String item) {
        return TenantContext.call(DAYE, () -> mongo().findById(item, Document.class, "items")).getInteger("stock");
    }

    private static long awardsOf(String household) {
        return TenantContext.call(DAYE, () -> mongo().count(Query.query(Criteria.where("householdId").is(household)), "awards"));
    }

    private static Map<String, Long> balances(List<String> households) {
        return TenantContext.call(DAYE, () -> mongo().find(Query.query(Criteria.where("_id").in(households)), Document.class,
                "accounts")).stream().collect(Collectors.toMap(account -> account.getString("_id"),
                account -> ((Number) account.get("balance")).longValue()));
    }

    /** balance == sum(ledger) for every passbook of the county, asked of either instance. */
    private static void assertLedgerConsistent() {
        HttpResponse<String> check = points.send(HttpRequest.newBuilder(points.next("/api/v1/points/accounts/check"))
                .header("Authorization", BAISHA.countyAdmin("admin-1")).GET().build());
        assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(check.body());
        assertThat(answer.get("consistent").asBoolean()).as(check.body()).isTrue();
        assertThat(answer.get("balanceTotal").asLong()).isEqualTo(answer.get("ledgerTotal").asLong());
    }

    private static JsonNode post(java.net.URI uri, String token, String key, String body) {
        HttpResponse<String> answer = points.send(request(uri, token, key, body));
        assertThat(answer.statusCode()).as("POST %s: %s", uri, answer.body()).isBetween(200, 299);
        return JSON.readTree(answer.body());
    }

    private static HttpRequest request(java.net.URI uri, String token, String key, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Authorization", token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.build();
    }

    /** A grid worker's proposal of the volunteering rule's points for the household, for today. */
    private static String volunteeringProposal(String household) {
        return """
                {"householdId":"%s","ruleCode":"volunteering","evidence":"photo","occurredOn":"%s"}
                """.formatted(household, CountyTime.today(clock));
    }
}
