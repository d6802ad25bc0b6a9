package org.villagegov.points.indicator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.mock.web.MockHttpServletResponse;
import org.villagegov.platform.indicator.IndicatorLedger;
import org.villagegov.platform.indicator.IndicatorSource;
import org.villagegov.platform.indicator.VillageHistory;
import org.villagegov.platform.messaging.EventEnvelope;
import org.villagegov.platform.messaging.EventPublisher;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.test.DatabaseSnapshot;
import org.villagegov.platform.test.Identities;
import org.villagegov.platform.test.TestTokens;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.points.PointsTestSupport;
import org.villagegov.points.account.Ledger;
import org.villagegov.points.account.Posting;
import org.villagegov.points.award.AwardSweeps;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.villagegov.platform.test.TestTenants.DAYE;
import static org.villagegov.platform.test.TestTenants.LINXIAN;
import static org.villagegov.platform.test.TestTenants.PLATFORM;

/**
 * The points bank's indicators as read models, end to end: a scenario through the service's own
 * API in a township only these tests use (Lianhua: villages Hehua and Lianzi), then the figures
 * at county and township level for a month and for date ranges, stocks as of a past day, fresh
 * after a change, unchanged by a redelivered event, drift found and repaired, and who may read
 * which table.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IndicatorIntegrationTests extends PointsTestSupport {

    private static final Identities LOTUS = Identities.of(DAYE, LOTUS_TOWNSHIP, LOTUS_VILLAGE);
    private static final Identities SEED = Identities.of(DAYE, LOTUS_TOWNSHIP, SEED_VILLAGE);
    private static final String INDICATORS = "/api/v1/points/indicators";
    private static final String HUBEI_ADMIN = TestTokens.forTenant(PLATFORM).subject("pa-hubei").roles("provincial-admin")
            .province("hubei").bearer();
    private static final String OPERATOR = TestTokens.forTenant(PLATFORM).subject("operator").roles("platform-operator")
            .bearer();

    /** The scenario's days, set once it ran: the deed of last month, the start, the day of the money, the last day. */
    private static LocalDate lastMonthDeed;
    private static LocalDate start;
    private static LocalDate moneyDay;
    private static LocalDate listDay;
    private static String seedHousehold;

    @Autowired
    ApplicationContext context;
    @Autowired
    IndicatorSource source;
    @Autowired
    Ledger ledger;
    @Autowired
    IndicatorLedger indicatorLedger;
    @Autowired
    EventPublisher publisher;

    private static LocalDate today() {
        return CountyTime.dateOf(clock.instant());
    }

    private String award(String household, String rule, LocalDate occurredOn, Identities place) throws Exception {
        JsonNode proposed = postJson("/api/v1/points/awards", place.gridWorker("gw-" + place.village()), """
                {"householdId":"%s","ruleCode":"%s","evidence":"seen by the grid worker","occurredOn":"%s"}
                """.formatted(household, rule, occurredOn));
        postJson("/api/v1/points/awards/" + proposed.get("id").asString() + "/approve", place.cadre("cadre-" + place.village()), "{}");
        return proposed.get("points").asString();
    }

    /** Runs the scenario once (the later tests read what it left). */
    @BeforeEach
    void scenario() throws Exception {
        if (start != null) {
            return;
        }
        start = today();
        // a deed of last month (within the back-dating window), then one of today in each village
        lastMonthDeed = start.minusDays(start.getDayOfMonth() + 2L);
        String helper = "lotus-" + UUID.randomUUID();
        String gambler = "lotus-" + UUID.randomUUID();
        seedHousehold = "seed-" + UUID.randomUUID();
        assertThat(award(helper, "volunteering", lastMonthDeed, LOTUS)).isEqualTo("5");
        assertThat(award(gambler, "gambling", start, LOTUS)).isEqualTo("-10");
        assertThat(award(seedHousehold, "volunteering", start, SEED)).isEqualTo("5");
        // the notice period passes; the crediting sweep posts the three awards
        clock.advance(Duration.ofDays(3).plusMinutes(1));
        assertThat(AwardSweeps.creditDue(context, DAYE)).isGreaterThanOrEqualTo(3);
        moneyDay = today();

        // a correction by two people, a redemption refunded and another kept
        String correction = postJson("/api/v1/points/accounts/" + helper + "/corrections", LOTUS.cadre("cadre-a"),
                "{\"amount\":20,\"category\":\"REVERSED_DECISION\",\"reason\":\"award restored\"}").get("id").asString();
        postJson("/api/v1/points/corrections/" + correction + "/approve", LOTUS.cadre("cadre-b"), "{}");
        String clerk = LOTUS.inVillage("lotus-clerk", "points-clerk");
        String item = postJson("/api/v1/points/supermarket/items", clerk,
                "{\"villageId\":\"%s\",\"name\":\"soy sauce\",\"price\":4,\"stock\":10}".formatted(LOTUS_VILLAGE))
                .get("id").asString();
        String refunded = postJson("/api/v1/points/supermarket/redemptions", clerk,
                "{\"householdId\":\"%s\",\"itemId\":\"%s\",\"quantity\":2}".formatted(helper, item)).get("id").asString();
        postJson("/api/v1/points/supermarket/redemptions/" + refunded + "/refund", clerk, "{\"reason\":\"leaking\"}");
        postJson("/api/v1/points/supermarket/redemptions", clerk,
                "{\"householdId\":\"%s\",\"itemId\":\"%s\",\"quantity\":1}".formatted(helper, item));

        // last month's red list (by designation) is Hehua's current list on the day of the money
        YearMonth lastMonth = YearMonth.from(lastMonthDeed);
        postJson("/api/v1/points/lists/designations", LOTUS.cadre("cadre-a"), """
                {"householdId":"%s","kind":"RED","reason":"helps every week","periodStart":"%s","periodEnd":"%s"}
                """.formatted(helper, lastMonth.atDay(1), lastMonth.atEndOfMonth()));
        // the next day the list of the days since the start replaces it: the gambler black, nobody red
        clock.advance(Duration.ofDays(1));
        listDay = today();
        JsonNode computed = postJson("/api/v1/points/lists/computations", LOTUS.cadre("cadre-a"), """
                {"villageId":"%s","periodStart":"%s","periodEnd":"%s"}
                """.formatted(LOTUS_VILLAGE, start, listDay));
        assertThat(computed.get("black").asInt()).isEqualTo(1);
        assertThat(computed.get("red").asInt()).isZero();
    }

    private JsonNode table(String token, String... params) throws Exception {
        var request = get(INDICATORS).header("Authorization", token);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return json(response.getContentAsString());
    }

    private static JsonNode row(JsonNode table, String id) {
        for (JsonNode row : table.get("rows")) {
            if (row.get("id").asString().equals(id)) {
                return row.get("values");
            }
        }
        // an assertion, not null: inside an await the row may simply not be there yet
        throw new AssertionError("No row " + id + " in " + table.get("rows"));
    }

    private static Map<String, Long> figures(JsonNode values) {
        Map<String, Long> figures = new java.util.TreeMap<>();
        values.properties().forEach(e -> figures.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asLong()));
        return figures;
    }

    private static Map<String, Long> expected(long issued, long deducted, long corrected, long redeemed, long refunded,
                                              long active, long balance, long red, long black) {
        Map<String, Long> figures = new java.util.TreeMap<>();
        figures.put("pointsIssued", issued);
        figures.put("pointsDeducted", deducted);
        figures.put("pointsCorrected", corrected);
        figures.put("pointsRedeemed", redeemed);
        figures.put("pointsRefunded", refunded);
        figures.put("pointsHouseholdsActive", active);
        figures.put("pointsBalance", balance);
        figures.put("redListSize", red);
        figures.put("blackListSize", black);
        return figures;
    }

    private String admin() {
        return countyAdmin("admin-indicators");
    }

    /** Hehua, Lianzi and Lianhua over everything since last month's first day, read once all events are in. */
    private static final Map<String, Long> HEHUA = expected(5, 10, 20, 12, 8, 3, 11, 0, 1);
    private static final Map<String, Long> LIANZI = expected(5, 0, 0, 0, 0, 1, 5, 0, 0);
    private static final Map<String, Long> LIANHUA = expected(10, 10, 20, 12, 8, 4, 16, 0, 1);

    private String[] sinceLastMonth() {
        return new String[] {"from", YearMonth.from(lastMonthDeed).atDay(1).toString(), "to", listDay.toString()};
    }

    @Test
    @Order(1)
    void whenTheScenarioRanThenCountyAndTownshipTablesShowEachIndicatorForRangesAndMonths() throws Exception {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode township = table(admin(), concat(sinceLastMonth(), "township", LOTUS_TOWNSHIP));
            assertThat(figures(row(township, LOTUS_VILLAGE))).isEqualTo(HEHUA);
            assertThat(figures(row(township, SEED_VILLAGE))).isEqualTo(LIANZI);
        });

        // the county: one row per township, the Lianhua row the sum of its villages
        JsonNode county = table(admin(), sinceLastMonth());
        assertThat(county.get("level").asString()).isEqualTo("COUNTY");
        assertThat(county.get("rowLevel").asString()).isEqualTo("TOWNSHIP");
        assertThat(figures(row(county, LOTUS_TOWNSHIP))).isEqualTo(LIANHUA);
        assertThat(county.get("columns").findValuesAsString("key")).containsExactly("pointsIssued", "pointsDeducted",
                "pointsCorrected", "pointsRedeemed", "pointsRefunded", "pointsHouseholdsActive", "pointsBalance",
                "redListSize", "blackListSize");
        assertThat(county.get("columns").findValuesAsString("label")).contains("发放积分", "红榜户数", "黑榜户数");

        // a township: one row per village, its own total the township's
        JsonNode township = table(admin(), concat(sinceLastMonth(), "township", LOTUS_TOWNSHIP));
        assertThat(township.get("rowLevel").asString()).isEqualTo("VILLAGE");
        assertThat(township.get("rows").findValuesAsString("id")).containsExactly(LOTUS_VILLAGE, SEED_VILLAGE);
        assertThat(figures(township.get("total"))).isEqualTo(LIANHUA);

        // last month as a month: only the deed of last month; the balance as of its last day
        JsonNode lastMonth = table(admin(), "period", YearMonth.from(lastMonthDeed).toString(), "township", LOTUS_TOWNSHIP);
        assertThat(figures(row(lastMonth, LOTUS_VILLAGE))).isEqualTo(expected(5, 0, 0, 0, 0, 1, 5, 0, 0));
        assertThat(figures(row(lastMonth, SEED_VILLAGE))).isEqualTo(expected(0, 0, 0, 0, 0, 0, 0, 0, 0));

        // stocks as of a past day: on the day of the money the red list of last month stood, no black one yet
        JsonNode moneyDayOnly = table(admin(), "from", moneyDay.toString(), "to", moneyDay.toString(),
                "township", LOTUS_TOWNSHIP);
        assertThat(figures(row(moneyDayOnly, LOTUS_VILLAGE))).isEqualTo(expected(0, 0, 20, 12, 8, 1, 11, 1, 0));
        // on the first day the gambler's deduction had happened, the helper's refunds not yet
        JsonNode startOnly = table(admin(), "from", start.toString(), "to", start.toString(), "township", LOTUS_TOWNSHIP);
        assertThat(figures(row(startOnly, LOTUS_VILLAGE))).isEqualTo(expected(0, 10, 0, 0, 0, 1, -5, 0, 0));

        // the monthly trend of the township ends with the month of the last day
        JsonNode trend = township.get("trend");
        assertThat(trend).hasSize(12);
        assertThat(trend.get(11).get("month").asString()).isEqualTo(YearMonth.from(listDay).toString());
    }

    @Test
    @Order(2)
    void whenAStateChangesThenTheIndicatorsShowItWithoutAnyJob() throws Exception {
        String correction = postJson("/api/v1/points/accounts/" + seedHousehold + "/corrections", SEED.cadre("cadre-c"),
                "{\"amount\":-2,\"category\":\"DATA_ENTRY_ERROR\",\"reason\":\"typo\"}").get("id").asString();
        postJson("/api/v1/points/corrections/" + correction + "/approve", SEED.cadre("cadre-d"), "{}");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode township = table(admin(), concat(sinceLastMonth(), "township", LOTUS_TOWNSHIP));
            assertThat(figures(row(township, SEED_VILLAGE))).isEqualTo(expected(5, 0, -2, 0, 0, 1, 3, 0, 0));
        });
    }

    @Test
    @Order(3)
    void whenTheSameEventIsDeliveredTwiceThenTheFiguresMoveOnce() throws Exception {
        // a posting that raises no event of its own: the figures wait for one naming the village
        TenantContext.run(DAYE, () -> ledger.post(new Posting("correction:" + UUID.randomUUID(), seedHousehold,
                LOTUS_TOWNSHIP, SEED_VILLAGE, null, 3, Posting.Source.CORRECTION, null, null, "test", "by hand", "test")));
        String eventId = UUID.randomUUID().toString();
        JsonNode payload = json("{\"correctionId\":\"x\",\"townshipId\":\"%s\",\"villageId\":\"%s\"}"
                .formatted(LOTUS_TOWNSHIP, SEED_VILLAGE));
        EventEnvelope envelope = new EventEnvelope(eventId, "correction.approved", DAYE, Instant.now(), payload);
        publisher.publishConfirmed(envelope);
        publisher.publishConfirmed(envelope);
        // and the same news under another id: the refresh itself is idempotent
        publisher.publishConfirmed(new EventEnvelope(UUID.randomUUID().toString(), "correction.approved", DAYE,
                Instant.now(), payload));

        Map<String, Long> once = expected(5, 0, 1, 0, 0, 1, 6, 0, 0);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(processed(eventId)).isTrue());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(figures(row(
                table(admin(), concat(sinceLastMonth(), "township", LOTUS_TOWNSHIP)), SEED_VILLAGE))).isEqualTo(once));
        // refreshing by hand, twice, changes nothing more
        assertThat(TenantContext.call(DAYE, () -> indicatorLedger.refresh(SEED_VILLAGE))).isFalse();
        assertThat(TenantContext.call(DAYE, () -> indicatorLedger.refresh(SEED_VILLAGE))).isFalse();
        assertThat(figures(row(table(admin(), concat(sinceLastMonth(), "township", LOTUS_TOWNSHIP)), SEED_VILLAGE)))
                .isEqualTo(once);

        // recomputed from the raw records, the kept figures of these places agree
        JsonNode drift = drift(get(INDICATORS + "/drift").param("county", DAYE));
        assertThat(lotusDrifts(drift)).isEmpty();
    }

    private boolean processed(String eventId) {
        return TenantContext.call(DAYE, () -> mongo.exists(Query.query(Criteria.where("_id")
                .regex(":" + Pattern.quote(eventId) + "$")), "processed_events"));
    }

    private JsonNode drift(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.header("Authorization", OPERATOR)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return json(response.getContentAsString());
    }

    private static List<JsonNode> lotusDrifts(JsonNode report) {
        List<JsonNode> drifts = new java.util.ArrayList<>();
        report.get("listed").forEach(d -> {
            String document = d.get("document").asString();
            if (document.contains(LOTUS_TOWNSHIP) || document.contains(LOTUS_VILLAGE) || document.contains(SEED_VILLAGE)) {
                drifts.add(d);
            }
        });
        return drifts;
    }

    @Test
    @Order(4)
    void whenAKeptCounterIsCorruptedThenTheDriftCheckFindsItAndTheRepairSetsItRight() throws Exception {
        // the township's document of the last day, which both villages' latest changes went to: the list
        // computation (Hehua) and the corrections of the tests above (Lianzi); the range below ends inside
        // its month, so that month is read by days
        String document = "T|" + LOTUS_TOWNSHIP + "|" + listDay;
        long right = TenantContext.call(DAYE, () -> mongo.findById(document, Document.class, "indicators"))
                .get("counters", Document.class).get("pointsCorrected", Number.class).longValue();
        long township = figures(row(table(admin(), sinceLastMonth()), LOTUS_TOWNSHIP)).get("pointsCorrected");
        TenantContext.run(DAYE, () -> mongo.updateFirst(Query.query(Criteria.where("_id").is(document)),
                new Update().set("counters.pointsCorrected", 999L), "indicators"));
        assertThat(figures(row(table(admin(), sinceLastMonth()), LOTUS_TOWNSHIP)).get("pointsCorrected"))
                .isEqualTo(township - right + 999);

        JsonNode found = drift(get(INDICATORS + "/drift").param("county", DAYE));
        assertThat(found.get("county").asString()).isEqualTo(DAYE);
        assertThat(lotusDrifts(found)).singleElement().satisfies(d -> {
            assertThat(d.get("document").asString()).isEqualTo(document);
            assertThat(d.get("counter").asString()).isEqualTo("pointsCorrected");
            assertThat(d.get("kept").asLong()).isEqualTo(999L);
            assertThat(d.get("expected").asLong()).isEqualTo(right);
        });

        JsonNode repaired = drift(post(INDICATORS + "/drift/repair").param("county", DAYE));
        assertThat(repaired.get("repaired").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode after = drift(get(INDICATORS + "/drift").param("county", DAYE));
        assertThat(after.get("drifts").asInt()).as(after.toString()).isZero();
        assertThat(figures(row(table(admin(), sinceLastMonth()), LOTUS_TOWNSHIP)).get("pointsCorrected")).isEqualTo(township);
    }

    @Test
    @Order(5)
    void whenSomeoneReadsTheIndicatorsThenTheyGetOnlyTheTablesOfTheirPlaceAndNothingIsWritten() throws Exception {
        var before = snapshot();

        // the provincial admin: the counties of the province side by side, never another province's
        JsonNode province = table(HUBEI_ADMIN, sinceLastMonth());
        assertThat(province.get("level").asString()).isEqualTo("PROVINCE");
        assertThat(province.get("rows").findValuesAsString("id")).contains(DAYE).doesNotContain(LINXIAN);
        assertThat(figures(row(province, DAYE)).get("pointsIssued")).isGreaterThanOrEqualTo(10L);
        // and may drill down into a county of the province, and a township of it
        assertThat(figures(row(table(HUBEI_ADMIN, concat(sinceLastMonth(), "county", DAYE)), LOTUS_TOWNSHIP)))
                .containsEntry("pointsIssued", 10L);
        assertThat(table(HUBEI_ADMIN, concat(sinceLastMonth(), "county", DAYE, "township", LOTUS_TOWNSHIP))
                .get("rows").findValuesAsString("id")).containsExactly(LOTUS_VILLAGE, SEED_VILLAGE);
        status(HUBEI_ADMIN, 403, "county", LINXIAN);
        // a provincial admin calls nothing but the reports
        assertThat(mvc.perform(get("/api/v1/points/accounts").header("Authorization", HUBEI_ADMIN)).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/api/v1/points/lists/computations").header("Authorization", HUBEI_ADMIN)
                .contentType("application/json").content("{\"villageId\":\"%s\",\"periodStart\":\"%s\",\"periodEnd\":\"%s\"}"
                        .formatted(LOTUS_VILLAGE, start, listDay))).andReturn().getResponse().getStatus()).isEqualTo(403);

        // a county admin: the own county only
        status(admin(), 403, "county", LINXIAN);
        assertThat(table(admin(), "county", DAYE).get("place").get("id").asString()).isEqualTo(DAYE);
        // another county's admin sees its own county, not Lianhua's figures
        JsonNode linxian = table(linxianAdmin(), sinceLastMonth());
        assertThat(linxian.get("place").get("id").asString()).isEqualTo(LINXIAN);
        assertThat(linxian.get("rows").findValuesAsString("id")).doesNotContain(LOTUS_TOWNSHIP);

        // a township officer: the own township's villages, whatever they ask for
        String officer = LOTUS.townshipOfficer("to-lianhua");
        JsonNode own = table(officer, sinceLastMonth());
        assertThat(own.get("level").asString()).isEqualTo("TOWNSHIP");
        assertThat(own.get("rows").findValuesAsString("id")).containsExactly(LOTUS_VILLAGE, SEED_VILLAGE);
        status(officer, 403, "township", TOWNSHIP);
        status(townshipOfficer("to-jinhu", TOWNSHIP), 403, "township", LOTUS_TOWNSHIP);

        // the village and below read no tables
        status(LOTUS.cadre("cadre-a"), 403);
        status(LOTUS.villager("villager-a"), 403);
        status(LOTUS.gridWorker("gw-a"), 403);
        status(LOTUS.inVillage("clerk-a", "points-clerk"), 403);
        status(null, 401);
        // the reconciliation is the platform operator's
        assertThat(mvc.perform(get(INDICATORS + "/drift").param("county", DAYE).header("Authorization", admin()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post(INDICATORS + "/drift/repair").param("county", DAYE).header("Authorization", HUBEI_ADMIN))
                .andReturn().getResponse().getStatus()).isEqualTo(403);

        // bad input names its field
        badInput(admin(), 400, "period", "period", "2026-Q5");
        badInput(admin(), 400, "from", "from", "2026-02-30", "to", "2026-03-01");
        badInput(admin(), 400, "to", "from", "2026-03-01", "to", "2026-02-01");
        badInput(admin(), 400, "township", "township", "../etc");
        badInput(admin(), 422, "township", "township", "t-nowhere");
        badInput(HUBEI_ADMIN, 400, "county", "county", "DAYE!");
        badInput(OPERATOR, 400, "county", "county", "NOT A COUNTY");

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    @Order(6)
    void whenTheWholeCountyIsDerivedAtOnceThenEachVillageComesOutAsItsOwnDerivation() {
        // reconciliation derives a county in one read per collection; the refresher, one village at a time
        Map<String, VillageHistory> atOnce = TenantContext.call(DAYE, source::histories);
        assertThat(atOnce.keySet()).isNotEmpty().containsAll(TenantContext.call(DAYE, source::villages));
        atOnce.forEach((village, history) ->
                assertThat(history).isEqualTo(TenantContext.call(DAYE, () -> source.history(village))));
    }

    private static String linxianAdmin() {
        return TestTokens.forTenant(LINXIAN).subject("admin-linxian-ind").roles("county-admin").bearer();
    }

    private void status(String token, int expected, String... params) throws Exception {
        var request = get(INDICATORS);
        if (token != null) {
            request.header("Authorization", token);
        }
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expected);
        assertThat(response.getContentAsString()).doesNotContain("pointsIssued\":");
    }

    private void badInput(String token, int expected, String field, String... params) throws Exception {
        var request = OPERATOR.equals(token) ? get(INDICATORS + "/drift") : get(INDICATORS);
        request.header("Authorization", token);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expected);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(json(response.getContentAsString()).get("errors").findValuesAsString("field")).contains(field);
    }

    private Map<String, List<Document>> snapshot() {
        return TenantContext.call(DAYE, () -> DatabaseSnapshot.of(mongo, "accounts", "passbook_entries", "awards", "corrections",
                "redemptions", "items", "list_entries", "list_computations", "indicators", "indicator_villages"));
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
