package org.villagegov.mediation.indicator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.mock.web.MockHttpServletResponse;
import org.villagegov.mediation.MediationTestSupport;
import org.villagegov.platform.indicator.IndicatorLedger;
import org.villagegov.platform.messaging.EventEnvelope;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.test.Identities;
import org.villagegov.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.villagegov.platform.test.TestTenants.DAYE;
import static org.villagegov.platform.test.TestTenants.LINXIAN;

/**
 * Mediation's indicators kept as read models (docs/indicators.md), through the service's own API
 * in township Nanshan, which no other test touches: three cases opened, one agreed and closed,
 * one failed and escalated past its deadline, one left waiting past its acceptance deadline.
 * Every figure is awaited: the case events refresh the villages they name.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IndicatorIntegrationTests extends MediationTestSupport {

    private static final Duration FRESH = Duration.ofSeconds(20);
    private static final Identities NS = Identities.of(DAYE, NANSHAN, NANSHAN_VILLAGE);
    private static final Identities XS = Identities.of(DAYE, NANSHAN, XISHAN_VILLAGE);
    private static final String INDICATORS = "/api/v1/mediation/indicators";

    /** The day the cases were opened, and the day the scenario ended (after the deadlines passed). */
    private static LocalDate day0;
    private static LocalDate day1;

    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    IndicatorLedger ledger;

    @BeforeEach
    void scenario() throws Exception {
        if (day0 != null) {
            return;
        }
        // whatever other tests wrote straight into the database is set right first
        assertThat(call("POST", INDICATORS + "/drift/repair?county=" + DAYE, operator(), null).getStatus()).isEqualTo(200);
        day0 = today();
        postJson("/api/v1/mediation/mediators", countyAdmin(), """
                {"name":"Nanshan Mediator","userId":"mediator-nanshan-%s","level":"VILLAGE","villageId":"%s","specialties":["NEIGHBOURHOOD"]}
                """.formatted(UUID.randomUUID(), NANSHAN_VILLAGE));
        JsonNode agreed = open(NS, "ns-");
        String a = agreed.get("id").asString();
        accept(a);
        postJson(cases(a) + "/sessions", admin(), """
                {"heldOn":"%s","attendees":["both heads"],"notes":"talked it through"}""".formatted(today()));
        List<String> signatures = new ArrayList<>();
        for (JsonNode party : agreed.get("parties")) {
            signatures.add("{\"partyId\":\"" + party.get("id").asString() + "\",\"signedOn\":\"" + today() + "\"}");
        }
        postJson(cases(a) + "/agreement", admin(), "{\"terms\":\"the wall moves\",\"signatures\":[" + String.join(",", signatures) + "]}");

        String b = open(NS, "ns-").get("id").asString();
        accept(b);
        JsonNode failed = postJson(cases(b) + "/failure", admin(), "{\"reason\":\"no agreement\"}");
        JsonNode waiting = open(XS, "xs-");
        // past the failed case's next-step deadline and the waiting case's acceptance deadline
        LocalDate last = max(LocalDate.parse(failed.get("failureDeadline").asString()),
                LocalDate.parse(waiting.get("acceptanceDeadline").asString()));
        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(day0, last) + 1));
        day1 = today();
        await().atMost(FRESH).untilAsserted(() -> assertThat(value(township(day1, day1), NANSHAN, "mediationCasesOverdue"))
                .isEqualTo(2.0));
        postJson(cases(b) + "/escalation", admin(), "{\"reason\":\"past the deadline\"}");
        postJson(cases(a) + "/follow-up", admin(), "{\"honoured\":true,\"notes\":\"wall moved\"}");
        postJson(cases(a) + "/close", admin(), "{}");
        await().atMost(FRESH).untilAsserted(() -> assertThat(value(township(day1, day1), NANSHAN, "mediationCasesClosed"))
                .isEqualTo(1.0));
    }

    @Test
    @Order(1)
    void whenTheCountyAdminReadsTheCountyThenTheTownshipRowHasEveryIndicatorOfItsCases() throws Exception {
        JsonNode county = getJson(INDICATORS + "?from=" + day0 + "&to=" + day1, countyAdmin());

        assertThat(county.get("level").asString()).isEqualTo("COUNTY");
        assertThat(county.get("rowLevel").asString()).isEqualTo("TOWNSHIP");
        assertThat(county.get("columns").findValuesAsString("key")).contains("mediationCasesOpened",
                "mediationPendingAtVillage", "mediationSuccessPercent", "mediationMedianDaysToAgreement");
        assertThat(county.get("columns").get(0).get("label").asString()).isEqualTo("新收调解案件");
        assertThat(row(county, NANSHAN).get("name").asString()).isEqualTo(NANSHAN);
        assertFigures(row(county, NANSHAN).get("values"), nowFigures(3, 1, 1, 1));
        // the county's own figures hold every township's (other tests' cases too)
        assertThat(county.get("total").get("mediationCasesOpened").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(county.get("trend")).hasSize(12);
        assertThat(county.get("trend").get(11).get("month").asString()).isEqualTo(YearMonth.from(day1).toString());
    }

    @Test
    @Order(2)
    void whenATownshipIsReadThenEachVillageHasItsOwnFiguresAndTheTownshipTheirSum() throws Exception {
        JsonNode township = getJson(INDICATORS + "?township=" + NANSHAN + "&from=" + day0 + "&to=" + day1, countyAdmin());

        assertThat(township.get("level").asString()).isEqualTo("TOWNSHIP");
        assertThat(township.get("rows").findValuesAsString("id")).containsExactly(NANSHAN_VILLAGE, XISHAN_VILLAGE);
        JsonNode nanshan = row(township, NANSHAN_VILLAGE).get("values");
        assertThat(nanshan.get("mediationCasesOpened").asLong()).isEqualTo(2);
        assertThat(nanshan.get("mediationPendingAtVillage").asLong()).isZero();
        assertThat(nanshan.get("mediationPendingAtTownship").asLong()).isEqualTo(1);
        assertThat(nanshan.get("mediationAgreementsReached").asLong()).isEqualTo(1);
        assertThat(nanshan.get("mediationEscalations").asLong()).isEqualTo(1);
        assertThat(nanshan.get("mediationCasesOverdue").asLong()).isZero();
        JsonNode xishan = row(township, XISHAN_VILLAGE).get("values");
        assertThat(xishan.get("mediationCasesOpened").asLong()).isEqualTo(1);
        assertThat(xishan.get("mediationPendingAtVillage").asLong()).isEqualTo(1);
        assertThat(xishan.get("mediationAwaitingAcceptance").asLong()).isEqualTo(1);
        assertThat(xishan.get("mediationCasesOverdue").asLong()).isEqualTo(1);
        assertThat(xishan.get("mediationSuccessPercent").isNull()).as("nothing ended there").isTrue();
        assertFigures(township.get("total"), nowFigures(3, 1, 1, 1));
    }

    @Test
    @Order(3)
    void whenAPastDayOrAMonthIsReadThenStocksAreAsOfThatDayAndFlowsCountWithinIt() throws Exception {
        // as of the day the cases were opened: all three at the village, one agreed, one failed, none overdue yet
        JsonNode then = row(township(day0, day0), NANSHAN).get("values");
        Map<String, Number> expected = new LinkedHashMap<>();
        expected.put("mediationCasesOpened", 3);
        expected.put("mediationCasesPending", 3);
        expected.put("mediationPendingAtVillage", 3);
        expected.put("mediationPendingAtTownship", 0);
        expected.put("mediationAwaitingAcceptance", 1);
        expected.put("mediationInProgress", 0);
        expected.put("mediationAgreedAwaitingClose", 1);
        expected.put("mediationFailedAwaitingStep", 1);
        expected.put("mediationAgreementsReached", 1);
        // as in the county report, a failure taken further (escalated since) did not end the mediation
        expected.put("mediationFailedEnded", 0);
        expected.put("mediationCasesClosed", 0);
        expected.put("mediationEscalations", 0);
        expected.put("mediationSettledAtVillagePercent", 100.0);
        expected.put("mediationSuccessPercent", 100.0);
        expected.put("mediationMedianDaysToAgreement", 0.0);
        expected.put("mediationCasesOverdue", 0);
        assertFigures(then, expected);

        // the month of the last day: stocks as of today, flows of that month only
        boolean oneMonth = YearMonth.from(day0).equals(YearMonth.from(day1));
        JsonNode month = getJson(INDICATORS + "?period=" + YearMonth.from(day1), countyAdmin());
        assertFigures(row(month, NANSHAN).get("values"), nowFigures(oneMonth ? 3 : 0, oneMonth ? 1 : 0, 1, 1));
    }

    @Test
    @Order(4)
    void whenTheSameEventIsDeliveredTwiceOrAVillageRefreshedAgainThenTheFiguresStayAndNothingDrifts() throws Exception {
        JsonNode before = getJson(INDICATORS + "?township=" + NANSHAN + "&from=" + day0 + "&to=" + day1, countyAdmin());
        long seq = TenantContext.call(DAYE, () -> mongo.findById(NANSHAN_VILLAGE, Document.class, "indicator_villages"))
                .get("seq", Number.class).longValue();
        String eventId = UUID.randomUUID().toString();
        String body = """
                {"eventId":"%s","type":"case.accepted","tenant":"daye","occurredAt":"%s","payload":
                 {"caseId":"c-replayed","level":"VILLAGE","townshipId":"%s","villageId":"%s","acceptedOn":"%s"}}
                """.formatted(eventId, clock.instant(), NANSHAN, NANSHAN_VILLAGE, day0);
        for (int delivery = 0; delivery < 2; delivery++) {
            rabbit.send("mediation.events", "case.accepted", MessageBuilder.withBody(body.getBytes(StandardCharsets.UTF_8))
                    .setContentType("application/json").setMessageId(eventId)
                    .setHeader(EventEnvelope.TENANT_HEADER, DAYE).build());
        }
        // the indicators' own mark (the webhook fan-out, which also consumes these events, keeps none)
        Query processed = Query.query(Criteria.where("_id").regex("^[^|]+" + Pattern.quote(":" + eventId) + "$"));
        await().atMost(FRESH).until(() -> TenantContext.call(DAYE, () -> mongo.count(processed, "processed_events")) == 1);

        assertThat(TenantContext.call(DAYE, () -> ledger.refresh(NANSHAN_VILLAGE))).isFalse();
        assertThat(TenantContext.call(DAYE, () -> ledger.refresh(NANSHAN_VILLAGE))).isFalse();
        assertThat(TenantContext.call(DAYE, () -> mongo.findById(NANSHAN_VILLAGE, Document.class, "indicator_villages"))
                .get("seq", Number.class).longValue()).as("no change was taken").isEqualTo(seq);
        assertThat(getJson(INDICATORS + "?township=" + NANSHAN + "&from=" + day0 + "&to=" + day1, countyAdmin()))
                .isEqualTo(before);
        await().atMost(FRESH).untilAsserted(() -> assertThat(drift().get("drifts").asInt()).isZero());
    }

    @Test
    @Order(5)
    void whenAKeptCounterIsCorruptedThenTheDriftCheckFindsItAndTheRepairSetsItRight() throws Exception {
        // the repair sets a document once the latest change of every village in it has reached it
        // (Reconciliation.caughtUp): Nanshan's own month of its last change (the closing) is one
        String month = YearMonth.from(day1).toString();
        String document = "V|" + NANSHAN_VILLAGE + "|" + month;
        long right = TenantContext.call(DAYE, () -> mongo.findById(document, Document.class, "indicators"))
                .get("counters", Document.class).get("casesClosed", Number.class).longValue();
        String table = INDICATORS + "?township=" + NANSHAN + "&period=" + month;
        JsonNode before = getJson(table, countyAdmin());
        TenantContext.run(DAYE, () -> mongo.updateFirst(Query.query(Criteria.where("_id").is(document)),
                new Update().inc("counters.casesClosed", 5), "indicators"));
        assertThat(row(getJson(table, countyAdmin()), NANSHAN_VILLAGE).get("values").get("mediationCasesClosed").asLong())
                .isEqualTo(right + 5);

        JsonNode found = drift();
        assertThat(found.get("county").asString()).isEqualTo(DAYE);
        assertThat(found.get("drifts").asInt()).isEqualTo(1);
        JsonNode listed = found.get("listed").get(0);
        assertThat(listed.get("document").asString()).isEqualTo(document);
        assertThat(listed.get("counter").asString()).isEqualTo("casesClosed");
        assertThat(listed.get("kept").asLong()).isEqualTo(right + 5);
        assertThat(listed.get("expected").asLong()).isEqualTo(right);
        assertThat(found.get("repaired").asInt()).as("a check changes nothing").isZero();

        MockHttpServletResponse repair = call("POST", INDICATORS + "/drift/repair?county=" + DAYE, operator(), null);
        assertThat(repair.getStatus()).isEqualTo(200);
        assertThat(json(repair.getContentAsString()).get("repaired").asInt()).as(repair.getContentAsString()).isEqualTo(1);
        assertThat(drift().get("drifts").asInt()).isZero();
        assertThat(getJson(table, countyAdmin())).isEqualTo(before);
    }

    @Test
    @Order(6)
    void whenEachKindOfCallerReadsThenOnlyTheirScopeAndNothingIsWritten() throws Exception {
        Map<String, Object> before = written();

        JsonNode hubei = getJson(INDICATORS + "?from=" + day0 + "&to=" + day1, provincialAdmin("hubei"));
        assertThat(hubei.get("level").asString()).isEqualTo("PROVINCE");
        assertThat(hubei.get("rows").findValuesAsString("id")).contains(DAYE).doesNotContain(LINXIAN);
        JsonNode drill = getJson(INDICATORS + "?county=" + DAYE + "&from=" + day0 + "&to=" + day1, provincialAdmin("hubei"));
        assertFigures(row(drill, NANSHAN).get("values"), nowFigures(3, 1, 1, 1));
        assertThat(getJson(INDICATORS + "?county=" + DAYE + "&township=" + NANSHAN, provincialAdmin("hubei"))
                .get("rows").findValuesAsString("id")).containsExactly(NANSHAN_VILLAGE, XISHAN_VILLAGE);
        assertThat(status(INDICATORS + "?county=" + LINXIAN, provincialAdmin("hubei"))).isEqualTo(403);
        assertThat(status(INDICATORS + "?county=" + DAYE, provincialAdmin("henan"))).isEqualTo(403);
        assertThat(getJson(INDICATORS + "?county=" + DAYE, countyAdmin()).get("level").asString()).isEqualTo("COUNTY");
        assertThat(status(INDICATORS + "?county=" + LINXIAN, countyAdmin())).isEqualTo(403);
        assertThat(getJson(INDICATORS, integrator()).get("level").asString()).isEqualTo("COUNTY");
        // another county's admin reads their own county, where none of daye's places are
        assertThat(getJson(INDICATORS, otherCountyAdmin()).get("rows").findValuesAsString("id")).doesNotContain(NANSHAN);

        String officer = TestTokens.forTenant(DAYE).subject("officer-ns").roles("township-officer").township(NANSHAN).bearer();
        JsonNode own = getJson(INDICATORS, officer);
        assertThat(own.get("place").get("id").asString()).isEqualTo(NANSHAN);
        assertThat(own.get("rows").findValuesAsString("id")).containsExactly(NANSHAN_VILLAGE, XISHAN_VILLAGE);
        assertThat(status(INDICATORS + "?township=" + TOWNSHIP, officer)).isEqualTo(403);
        assertThat(status(INDICATORS + "?township=" + NANSHAN, townshipOfficer())).isEqualTo(403);

        for (String refused : List.of(NS.villager("villager-ns"), NS.cadre("cadre-ns"), NS.gridWorker("gw-ns"),
                mediatorToken("mediator-ns", null, NANSHAN_VILLAGE))) {
            assertThat(status(INDICATORS, refused)).isEqualTo(403);
        }
        assertThat(status(INDICATORS, null)).isEqualTo(401);
        assertThat(status(INDICATORS + "/drift?county=" + DAYE, countyAdmin())).isEqualTo(403);
        assertThat(call("POST", INDICATORS + "/drift/repair?county=" + DAYE, provincialAdmin("hubei"), null).getStatus())
                .isEqualTo(403);
        // the province reaches nothing else of the service
        assertThat(status("/api/v1/mediation/cases", provincialAdmin("hubei"))).isEqualTo(403);
        assertThat(status("/api/v1/mediation/report", provincialAdmin("hubei"))).isEqualTo(403);
        assertThat(written()).isEqualTo(before);
    }

    @Test
    @Order(7)
    void whenAQueryIsBadThenAProblemNamesTheFieldAndNothingIsWritten() throws Exception {
        Map<String, Object> before = written();

        assertProblem(INDICATORS + "?period=2026-13", 400, "period");
        assertProblem(INDICATORS + "?period=last-month", 400, "period");
        assertProblem(INDICATORS + "?period=2026-11&from=2026-11-01&to=2026-11-30", 400, "period");
        assertProblem(INDICATORS + "?from=2026-11-31&to=2026-12-01", 400, "from");
        assertProblem(INDICATORS + "?from=2026-11-01", 400, "to");
        assertProblem(INDICATORS + "?from=2026-11-10&to=2026-11-01", 400, "to");
        assertProblem(INDICATORS + "?township=t-nowhere", 422, "township");
        assertProblem(INDICATORS + "?township=" + NANSHAN_VILLAGE, 422, "township");
        assertProblem(INDICATORS + "?township=no%20such%20id", 400, "township");
        assertProblem(INDICATORS + "?county=Daye!", 400, "county");
        assertThat(written()).isEqualTo(before);
    }

    @Test
    @Order(8)
    void whenACaseIsOpenedThenTheIndicatorsShowItWithoutAnythingElseRunning() throws Exception {
        long opened = value(township(day0, today()), NANSHAN, "mediationCasesOpened").longValue();

        open(XS, "xs-");

        await().atMost(FRESH).untilAsserted(() -> assertThat(value(township(day0, today()), NANSHAN, "mediationCasesOpened"))
                .isEqualTo(opened + 1.0));
    }

    // ---- the scenario

    /** The figures of Nanshan as of today over a period holding {@code opened} openings, agreements, closings, escalations. */
    private static Map<String, Number> nowFigures(int opened, int agreed, int escalations, int closed) {
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("mediationCasesOpened", opened);
        figures.put("mediationCasesPending", 2);
        figures.put("mediationPendingAtVillage", 1);
        figures.put("mediationPendingAtTownship", 1);
        figures.put("mediationPendingAtCounty", 0);
        figures.put("mediationAwaitingAcceptance", 2);
        figures.put("mediationInProgress", 0);
        figures.put("mediationAgreedAwaitingClose", 0);
        figures.put("mediationFailedAwaitingStep", 0);
        figures.put("mediationAgreementsReached", agreed);
        figures.put("mediationFailedEnded", 0);
        figures.put("mediationCasesClosed", closed);
        figures.put("mediationEscalations", escalations);
        figures.put("mediationSettledAtVillagePercent", agreed == 0 ? null : 100.0);
        figures.put("mediationSuccessPercent", agreed == 0 ? null : 100.0);
        figures.put("mediationMedianDaysToAgreement", agreed == 0 ? null : 0.0);
        figures.put("mediationCasesOverdue", 1);
        return figures;
    }

    private JsonNode open(Identities village, String householdPrefix) throws Exception {
        return postJson("/api/v1/mediation/cases", village.cadre("cadre-" + village.village()),
                walkIn("NEIGHBOURHOOD", 300, householdPrefix + UUID.randomUUID(), householdPrefix + UUID.randomUUID()));
    }

    private void accept(String id) throws Exception {
        JsonNode mediator = getJson("/api/v1/mediation/cases/" + id + "/suggestion", admin());
        postJson(cases(id) + "/assignment", admin(), "{\"mediatorId\":\"" + mediator.get("mediatorId").asString() + "\"}");
        postJson(cases(id) + "/accept", admin(), "");
    }

    private static String cases(String id) {
        return "/api/v1/mediation/cases/" + id;
    }

    private static String admin() {
        return countyAdmin();
    }

    private JsonNode township(LocalDate from, LocalDate to) throws Exception {
        return getJson(INDICATORS + "?from=" + from + "&to=" + to, countyAdmin());
    }

    private static JsonNode row(JsonNode table, String id) {
        for (JsonNode row : table.get("rows")) {
            if (row.get("id").asString().equals(id)) {
                return row;
            }
        }
        throw new AssertionError("No row " + id + " in " + table.get("rows"));
    }

    private static Double value(JsonNode table, String row, String key) {
        JsonNode value = row(table, row).get("values").get(key);
        return value == null || value.isNull() ? null : value.asDouble();
    }

    private static void assertFigures(JsonNode values, Map<String, Number> expected) {
        expected.forEach((key, number) -> {
            JsonNode value = values.get(key);
            if (number == null) {
                assertThat(value == null || value.isNull()).as(key + " is empty: " + value).isTrue();
            } else {
                assertThat(value).as(key).isNotNull();
                assertThat(value.asDouble()).as(key).isEqualTo(number.doubleValue());
            }
        });
    }

    private JsonNode drift() throws Exception {
        return getJson(INDICATORS + "/drift?county=" + DAYE, operator());
    }

    private int status(String path, String token) throws Exception {
        return call("GET", path, token, null).getStatus();
    }

    private void assertProblem(String path, int status, String field) throws Exception {
        MockHttpServletResponse response = call("GET", path, countyAdmin(), null);
        assertThat(response.getStatus()).as(path + ": " + response.getContentAsString()).isEqualTo(status);
        assertThat(response.getContentType()).contains("application/problem+json");
        assertThat(json(response.getContentAsString()).get("errors").findValuesAsString("field")).as(path).contains(field);
    }

    /** Nanshan's cases and every indicator document of its places: what a read must leave as it is. */
    private Map<String, Object> written() {
        return TenantContext.call(DAYE, () -> {
            Map<String, Object> written = new LinkedHashMap<>();
            Query places = Query.query(Criteria.where("place").in(NANSHAN, NANSHAN_VILLAGE, XISHAN_VILLAGE));
            written.put("indicators", mongo.find(places, Document.class, "indicators"));
            written.put("ledgers", mongo.find(Query.query(Criteria.where("township").is(NANSHAN)), Document.class,
                    "indicator_villages"));
            List<Document> cases = mongo.find(Query.query(Criteria.where("townshipId").is(NANSHAN)), Document.class, "cases");
            cases.forEach(c -> c.remove("outbox"));
            written.put("cases", cases);
            return written;
        });
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static String operator() {
        return TestTokens.forTenant("platform").subject("operator").roles("platform-operator").bearer();
    }

    private static String provincialAdmin(String province) {
        return TestTokens.forTenant("platform").subject("prov-" + province).roles("provincial-admin").province(province)
                .bearer();
    }
}
