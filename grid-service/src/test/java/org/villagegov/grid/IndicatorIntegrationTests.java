package org.villagegov.grid;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.springframework.test.web.servlet.ResultActions;
import org.villagegov.platform.indicator.IndicatorLedger;
import org.villagegov.platform.indicator.IndicatorSource;
import org.villagegov.platform.indicator.VillageHistory;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.test.TestTokens;
import org.villagegov.platform.time.CountyTime;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The grid's indicators kept as read models (docs/indicators.md), through the service's own API:
 * a township of its own (villages A and B) so other tests' records do not touch its figures.
 * Every figure is awaited: the service's events refresh the villages they name.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IndicatorIntegrationTests extends GridTestSupport {

    private static final Duration FRESH = Duration.ofSeconds(20);
    private static String township9;
    private static String villageA;
    private static String villageB;
    private static String h1;
    private static String h2;
    private static String h3;
    /** The county day the scenario was set up on. */
    private static LocalDate day0;

    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    IndicatorSource source;
    @Autowired
    IndicatorLedger ledger;

    @BeforeEach
    void scenario() throws Exception {
        if (township9 != null) {
            return;
        }
        // whatever other tests wrote straight into the database is set right first
        mvc.perform(post("/api/v1/grid/indicators/drift/repair?county=daye").header("Authorization", operator()))
                .andExpect(status().isOk());
        day0 = CountyTime.today(clock);
        township9 = createRegion("TOWNSHIP", "Indicator township", null);
        villageA = createRegion("VILLAGE", "Village A", township9);
        villageB = createRegion("VILLAGE", "Village B", township9);
        h1 = household(countyAdmin(), Map.of("villageId", villageA, "address", "1", "headName", "Wang"));
        h2 = household(countyAdmin(), Map.of("villageId", villageA, "address", "2", "headName", "Li"));
        h3 = household(countyAdmin(), Map.of("villageId", villageA, "address", "3", "headName", "Zhao"));
        household(countyAdmin(), Map.of("villageId", villageB, "address", "4", "headName", "Sun"));

        String grid = json(perform(post("/api/v1/grid/micro-grids"), countyAdmin(), Map.of("villageId", villageA,
                "name", "A-1", "workerSubject", "gw-a", "workerName", "Chen")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("id").asString();
        for (String household : List.of(h1, h2)) {
            perform(post("/api/v1/grid/micro-grids/" + grid + "/households"), countyAdmin(),
                    Map.of("householdId", household)).andExpect(status().isOk());
        }
        signsIn(workerA());
        for (String household : List.of(h1, h2)) {
            perform(post("/api/v1/grid/pairings"), countyAdmin(), Map.of("memberSubject", "gw-a", "memberName", "Chen",
                    "householdId", household)).andExpect(status().isCreated());
        }
        visit(h1);
        blackListed(h3);

        String transferred = report();
        perform(post("/api/v1/grid/reports/" + transferred + "/accept"), countyAdmin(), Map.of()).andExpect(status().isOk());
        perform(post("/api/v1/grid/reports/" + transferred + "/transfer"), countyAdmin(),
                Map.of("department", "water bureau", "deadline", day0.plusDays(2).toString())).andExpect(status().isOk());
        String closed = report();
        perform(post("/api/v1/grid/reports/" + closed + "/accept"), countyAdmin(), Map.of()).andExpect(status().isOk());
        perform(post("/api/v1/grid/reports/" + closed + "/solve"), countyAdmin(), Map.of("notes", "fixed"))
                .andExpect(status().isOk());
        perform(post("/api/v1/grid/reports/" + closed + "/close"), countyAdmin(), Map.of("outcome", "done"))
                .andExpect(status().isOk());
    }

    @Test
    @Order(1)
    void whenTheScenarioHasRunThenEachIndicatorShowsForTheTownshipsVillagesAndTheCountysTownships() throws Exception {
        String month = YearMonth.from(day0).toString();
        await().atMost(FRESH).untilAsserted(() -> {
            JsonNode villages = table(countyAdmin(), "period=" + month + "&township=" + township9);
            assertThat(villages.get("rowLevel").asString()).isEqualTo("VILLAGE");
            assertFigures(row(villages, villageA), "gridHouseholds", 3, "gridHouseholdsRegistered", 3,
                    "gridHouseholdsInMicroGrids", 2, "gridCoveragePercent", 66.7, "gridPairings", 2,
                    "gridPairingsVisitedThisWeek", 1, "gridWeeklyVisitCoveragePercent", 50.0, "gridPairingsOverdue", 1,
                    "gridVisitsLogged", 1, "gridFollowUpsOpen", 1, "gridFollowUpsOverdue", 0, "gridReportsRaised", 2,
                    "gridReportsOpen", 1, "gridReportsTransferred", 1, "gridReportsClosed", 1, "gridTransfersOverdue", 0);
            assertFigures(row(villages, villageB), "gridHouseholds", 1, "gridCoveragePercent", 0.0, "gridPairings", 0,
                    "gridWeeklyVisitCoveragePercent", null, "gridReportsRaised", 0);
            assertFigures(villages.get("total"), "gridHouseholds", 4, "gridHouseholdsInMicroGrids", 2,
                    "gridCoveragePercent", 50.0, "gridPairingsOverdue", 1);
            assertThat(row(villages, villageA).get("name").asString()).isEqualTo("Village A");
        });
        JsonNode county = table(countyAdmin(), "period=" + month);
        assertThat(county.get("rowLevel").asString()).isEqualTo("TOWNSHIP");
        assertFigures(row(county, township9), "gridHouseholds", 4, "gridCoveragePercent", 50.0, "gridPairings", 2,
                "gridWeeklyVisitCoveragePercent", 50.0, "gridReportsRaised", 2, "gridTransfersOverdue", 0);
        assertThat(county.get("columns").get(0).get("label").asString()).isEqualTo("在册户数");

        JsonNode range = table(countyAdmin(), "from=" + day0 + "&to=" + day0 + "&township=" + township9);
        assertFigures(row(range, villageA), "gridHouseholdsRegistered", 3, "gridVisitsLogged", 1, "gridReportsRaised", 2);
        JsonNode dayBefore = table(countyAdmin(), "from=" + day0.minusDays(1) + "&to=" + day0.minusDays(1)
                + "&township=" + township9);
        assertFigures(row(dayBefore, villageA), "gridHouseholds", 0, "gridReportsRaised", 0, "gridPairings", 0);
    }

    @Test
    @Order(2)
    void whenDaysPassThenTodaysStocksDifferFromThoseOfThePastDayAndAFreshVisitShowsUp() throws Exception {
        clock.advance(Duration.ofDays(10));
        LocalDate today = CountyTime.today(clock);
        String todayOnly = "from=" + today + "&to=" + today + "&township=" + township9;
        await().atMost(FRESH).untilAsserted(() -> assertFigures(row(table(countyAdmin(), todayOnly), villageA),
                "gridPairings", 2, "gridPairingsVisitedThisWeek", 0, "gridWeeklyVisitCoveragePercent", 0.0,
                "gridPairingsOverdue", 2, "gridFollowUpsOverdue", 1, "gridTransfersOverdue", 1, "gridReportsRaised", 0));
        assertFigures(row(table(countyAdmin(), "from=" + day0 + "&to=" + day0 + "&township=" + township9), villageA),
                "gridPairingsVisitedThisWeek", 1, "gridPairingsOverdue", 1, "gridFollowUpsOverdue", 0,
                "gridTransfersOverdue", 0, "gridReportsRaised", 2);

        visit(h2);
        visit(h3);
        await().atMost(FRESH).untilAsserted(() -> assertFigures(row(table(countyAdmin(), todayOnly), villageA),
                "gridPairingsVisitedThisWeek", 1, "gridPairingsOverdue", 1, "gridVisitsLogged", 2,
                "gridFollowUpsOpen", 0, "gridFollowUpsOverdue", 0));
    }

    @Test
    @Order(3)
    void whenAVillageIsRefreshedTwiceOrAnEventComesAgainThenTheFiguresStayAndNothingDrifts() throws Exception {
        LocalDate today = CountyTime.today(clock);
        String query = "from=" + day0 + "&to=" + today + "&township=" + township9;
        await().atMost(FRESH).untilAsserted(() ->
                assertFigures(row(table(countyAdmin(), query), villageA), "gridFollowUpsOpen", 0, "gridVisitsLogged", 3));
        String before = table(countyAdmin(), query).toString();
        assertThat(TenantContext.call("daye", () -> ledger.refresh(villageA))).isFalse();
        assertThat(TenantContext.call("daye", () -> ledger.refresh(villageA))).isFalse();
        String eventId = UUID.randomUUID().toString();
        String body = """
                {"eventId":"%s","type":"household.registered","tenant":"daye","occurredAt":"2026-11-24T08:00:00Z",
                 "payload":{"householdId":"%s","townshipId":"%s","villageId":"%s"}}""".formatted(eventId, h1, township9, villageA);
        for (int i = 0; i < 2; i++) {
            rabbit.send("grid.events", "household.registered", MessageBuilder.withBody(body.getBytes(StandardCharsets.UTF_8))
                    .setMessageId(eventId).setHeader("x-tenant", "daye").build());
        }
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(5))
                .until(() -> table(countyAdmin(), query).toString().equals(before));

        await().atMost(FRESH).untilAsserted(() -> assertThat(drift().get("drifts").asInt()).isZero());
    }

    @Test
    @Order(4)
    void whenAKeptCounterIsCorruptedThenTheDriftCheckFindsItAndTheRepairSetsItRight() throws Exception {
        // a change of village B today: its month document is the one corrupted below
        household(countyAdmin(), Map.of("villageId", villageB, "address", "5", "headName", "Zhou"));
        String month = YearMonth.from(CountyTime.today(clock)).toString();
        String query = "period=" + month + "&township=" + township9;
        await().atMost(FRESH).untilAsserted(() -> assertFigures(row(table(countyAdmin(), query), villageB),
                "gridHouseholds", 2, "gridHouseholdsRegistered", 1));
        await().atMost(FRESH).untilAsserted(() -> assertThat(drift().get("drifts").asInt()).isZero());
        String document = "V|" + villageB + "|" + month;
        TenantContext.run("daye", () -> mongo.updateFirst(Query.query(Criteria.where("_id").is(document)),
                new Update().set("counters.householdsRegistered", 99), "indicators"));

        JsonNode found = drift();
        assertThat(found.get("drifts").asInt()).isEqualTo(1);
        JsonNode drift = found.get("listed").get(0);
        assertThat(drift.get("document").asString()).isEqualTo(document);
        assertThat(drift.get("counter").asString()).isEqualTo("householdsRegistered");
        assertThat(drift.get("kept").asLong()).isEqualTo(99);
        assertThat(drift.get("expected").asLong()).isEqualTo(1);
        assertFigures(row(table(countyAdmin(), query), villageB), "gridHouseholdsRegistered", 99);

        JsonNode repaired = json(mvc.perform(post("/api/v1/grid/indicators/drift/repair?county=daye")
                        .header("Authorization", operator())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(repaired.get("repaired").asInt()).isEqualTo(1);
        assertFigures(row(table(countyAdmin(), query), villageB), "gridHouseholdsRegistered", 1, "gridHouseholds", 2);
        assertThat(drift().get("drifts").asInt()).isZero();
    }

    @Test
    @Order(5)
    void whoMayReadWhichTableIsTheirProvinceCountyOrTownshipAndNothingElse() throws Exception {
        String hubei = TestTokens.forTenant("platform").roles("provincial-admin").province("hubei").bearer();
        long kept = count("indicators");
        long ledgers = count("indicator_villages");

        JsonNode province = table(hubei, "");
        assertThat(province.get("level").asString()).isEqualTo("PROVINCE");
        assertThat(province.get("rows").findValuesAsString("id")).contains("daye").doesNotContain("linxian");
        assertThat(row(province, "daye").get("values").get("gridHouseholds").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(table(hubei, "county=daye").get("rows").findValuesAsString("id")).contains(township9);
        assertThat(table(hubei, "county=daye&township=" + township9).get("rows").findValuesAsString("id"))
                .containsExactlyInAnyOrder(villageA, villageB);
        indicators(hubei, "county=linxian").andExpect(status().isForbidden());
        indicators(hubei, "township=" + township9).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("township"));
        mvc.perform(get("/api/v1/grid/households").header("Authorization", hubei)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/grid/dashboard").header("Authorization", hubei)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/grid/province/dashboard").header("Authorization", hubei)).andExpect(status().isNotFound());

        indicators(countyAdmin(), "county=linxian").andExpect(status().isForbidden());
        assertThat(table(otherCountyAdmin(), "").get("rows").findValuesAsString("id")).doesNotContain(township9);

        String officer9 = TestTokens.forTenant("daye").subject("officer-9").roles("township-officer")
                .township(township9).bearer();
        JsonNode own = table(officer9, "");
        assertThat(own.get("rowLevel").asString()).isEqualTo("VILLAGE");
        assertThat(own.get("rows").findValuesAsString("id")).containsExactlyInAnyOrder(villageA, villageB);
        indicators(officer9, "township=" + township).andExpect(status().isForbidden());
        indicators(otherTownshipOfficer(), "township=" + township9).andExpect(status().isForbidden());
        assertThat(table(otherTownshipOfficer(), "").get("rows").findValuesAsString("id"))
                .doesNotContain(villageA, villageB);

        for (String token : List.of(villager("villager-9"), cadre1(), workerA(), gridWorker1(), otherCountyCadre())) {
            indicators(token, "").andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/grid/indicators")).andExpect(status().isUnauthorized());
        indicators(countyAdmin(), "").andExpect(status().isOk());
        indicators(integrator(), "township=" + township9).andExpect(status().isOk());
        mvc.perform(get("/api/v1/grid/indicators/drift?county=daye").header("Authorization", countyAdmin()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/grid/indicators/drift/repair?county=daye").header("Authorization", hubei))
                .andExpect(status().isForbidden());

        for (String[] bad : new String[][] {{"period=2026-13", "period"}, {"period=last-month", "period"},
                {"from=2026-11-01", "to"}, {"to=2026-11-30", "from"}, {"from=yesterday&to=2026-11-30", "from"},
                {"from=2026-11-30&to=2026-11-01", "to"}, {"period=2026-11&from=2026-11-01&to=2026-11-02", "period"},
                {"township=no%20such", "township"}, {"county=Not_A_County", "county"}}) {
            indicators(countyAdmin(), bad[0]).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(bad[1]));
        }
        indicators(countyAdmin(), "township=" + villageA).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("township"));
        indicators(countyAdmin(), "township=nowhere").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("township"));
        assertThat(count("indicators")).isEqualTo(kept);
        assertThat(count("indicator_villages")).isEqualTo(ledgers);
    }

    @Test
    @Order(6)
    void whenTheWholeCountyIsDerivedAtOnceThenEachVillageComesOutAsItsOwnDerivation() {
        // reconciliation derives a county in one read per collection; the refresher, one village at a time
        Map<String, VillageHistory> atOnce = TenantContext.call("daye", source::histories);
        assertThat(atOnce.keySet()).isNotEmpty().containsAll(TenantContext.call("daye", source::villages));
        atOnce.forEach((village, history) ->
                assertThat(history).isEqualTo(TenantContext.call("daye", () -> source.history(village))));
    }

    private static String workerA() {
        return TestTokens.forTenant("daye").subject("gw-a").roles("grid-worker").township(township9).village(villageA)
                .bearer();
    }

    private static String operator() {
        return TestTokens.forTenant("platform").subject("operator").roles("platform-operator").bearer();
    }

    private ResultActions perform(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                                  String token, Map<String, ?> body) throws Exception {
        return mvc.perform(request.header("Authorization", token).contentType("application/json")
                .content(JSON.writeValueAsString(body)));
    }

    private void visit(String household) throws Exception {
        perform(post("/api/v1/grid/visits"), workerA(), Map.of("householdId", household,
                "visitedOn", CountyTime.today(clock).toString(), "notes", "all well")).andExpect(status().isCreated());
    }

    private String report() throws Exception {
        return json(perform(post("/api/v1/grid/reports"), workerA(), Map.of("villageId", villageA,
                "category", "INFRASTRUCTURE", "householdIds", List.of(h1), "description", "A broken culvert"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    /** points-service black-lists the household: the grid owes it a follow-up visit. */
    private void blackListed(String household) {
        String eventId = UUID.randomUUID().toString();
        String body = """
                {"eventId":"%s","type":"household.blacklisted","tenant":"daye","occurredAt":"2026-11-24T08:00:00Z",
                 "payload":{"householdId":"%s","townshipId":"%s","villageId":"%s","reason":"gambling",
                            "periodStart":"2026-11-01","periodEnd":"2026-11-30"}}""".formatted(eventId, household,
                township9, villageA);
        rabbit.send("points.events", "household.blacklisted", MessageBuilder.withBody(body.getBytes(StandardCharsets.UTF_8))
                .setMessageId(eventId).setHeader("x-tenant", "daye").build());
        await().atMost(FRESH).until(() -> TenantContext.call("daye", () -> mongo.count(
                Query.query(Criteria.where("householdId").is(household)), "follow_ups")) == 1);
    }

    private ResultActions indicators(String token, String query) throws Exception {
        return mvc.perform(get("/api/v1/grid/indicators?" + query).header("Authorization", token));
    }

    private JsonNode table(String token, String query) throws Exception {
        return json(indicators(token, query).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private JsonNode drift() throws Exception {
        return json(mvc.perform(get("/api/v1/grid/indicators/drift?county=daye").header("Authorization", operator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static JsonNode row(JsonNode table, String id) {
        for (JsonNode row : table.get("rows")) {
            if (row.get("id").asString().equals(id)) {
                return row;
            }
        }
        throw new AssertionError("No row " + id + " in " + table.get("rows"));
    }

    /** Each indicator key followed by its expected value: a whole number, a percent, or null (nothing to measure). */
    private static void assertFigures(JsonNode row, Object... keyValues) {
        JsonNode values = row.has("values") ? row.get("values") : row;
        for (int i = 0; i < keyValues.length; i += 2) {
            String key = (String) keyValues[i];
            JsonNode value = values.get(key);
            assertThat(value).as("indicator %s in %s", key, values).isNotNull();
            Object expected = keyValues[i + 1];
            if (expected == null) {
                assertThat(value.isNull()).as("%s is null: %s", key, value).isTrue();
            } else if (expected instanceof Double percent) {
                assertThat(value.asDouble()).as(key).isEqualTo(percent);
            } else {
                assertThat(value.asLong()).as(key).isEqualTo(((Integer) expected).longValue());
            }
        }
    }
}
