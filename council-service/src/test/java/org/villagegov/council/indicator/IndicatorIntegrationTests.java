package org.villagegov.council.indicator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.mock.web.MockHttpServletResponse;
import org.villagegov.council.CouncilTestSupport;
import org.villagegov.platform.indicator.IndicatorLedger;
import org.villagegov.platform.indicator.IndicatorSource;
import org.villagegov.platform.indicator.VillageHistory;
import org.villagegov.platform.messaging.EventEnvelope;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.test.AccessMatrix;
import org.villagegov.platform.test.DatabaseSnapshot;
import org.villagegov.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.villagegov.platform.test.TestTenants.DAYE;
import static org.villagegov.platform.test.TestTenants.LINXIAN;

/**
 * The council's indicators through {@code /api/v1/council/indicators}: a township of its own
 * (so other tests' records in daye do not blur the figures) with two villages, a scenario taken
 * through the service's API, then the figures per township and per village, for a month, a range
 * and as of a past day; fresh after a change, unchanged by a second delivery, reconciled after a
 * corruption, and read only by whom the scope allows.
 */
class IndicatorIntegrationTests extends CouncilTestSupport {

    static final String INDICATORS = "/api/v1/council/indicators";
    static final String T = "t-ind";
    static final String V1 = "v-ind-matters";
    static final String V2 = "v-ind-suggestions";
    /** A township and village of their own for the freshness test, which changes what it reads. */
    static final String T_FRESH = "t-ind-fresh";
    static final String V_FRESH = "v-ind-fresh";

    static {
        grid.village(V1, T).village(V2, T).village(V_FRESH, T_FRESH).householdsOf("ind1-", V1).householdsOf("ind2-", V2)
                .householdsOf("ind3-", V_FRESH);
    }

    /** The days of the scenario, fixed once: the previous month's steps and the last day the figures cover. */
    static final AccessMatrix.Fixture fixture = new AccessMatrix.Fixture();

    @Autowired
    IndicatorLedger ledger;
    @Autowired
    IndicatorSource source;

    static String cadreOf(String village) {
        return TestTokens.forTenant(DAYE).subject("cadre-" + village).roles("village-cadre").township(T).village(village).bearer();
    }

    static String officerOf(String township) {
        return TestTokens.forTenant(DAYE).subject("officer-" + township).roles("township-officer").township(township).bearer();
    }

    static String provincial(String province) {
        return TestTokens.forTenant("platform").subject("prov-" + province).roles("provincial-admin").province(province).bearer();
    }

    static String operator() {
        return TestTokens.forTenant("platform").subject("operator-1").roles("platform-operator").bearer();
    }

    /** The scenario, once: matters in V1 across last month and today, suggestions and notices in V2, an election in V1. */
    @BeforeEach
    void scenario() throws Exception {
        if (!fixture.isEmpty()) {
            return;
        }
        YearMonth previous = YearMonth.from(today()).minusMonths(1);
        String cadre1 = cadreOf(V1);
        String cadre2 = cadreOf(V2);
        // m1: proposed and through the two committees last month, at the party members' meeting today
        String m1 = propose(cadre1, previous.atDay(1));
        step(cadre1, m1, "two-committees", meeting(previous.atDay(10), 3));
        step(cadre1, m1, "party-members", meeting(today(), 3));
        // m2: proposed today and rejected outside a vote
        String m2 = propose(cadre1, today());
        postOk("/api/v1/council/matters/" + m2 + "/reject", cadre1, "{\"reason\":\"unlawful\"}");
        // m3: every step, the last ones today: adopted and completed today
        List<String> representatives = List.of("ind1-" + UUID.randomUUID(), "ind1-" + UUID.randomUUID(), "ind1-" + UUID.randomUUID());
        putRoster(cadre1, V1, representatives);
        String m3 = propose(cadre1, previous.atDay(2));
        step(cadre1, m3, "two-committees", meeting(previous.atDay(3), 3));
        step(cadre1, m3, "party-members", meeting(previous.atDay(4), 3));
        step(cadre1, m3, "representatives", "{\"heldOn\":\"%s\",\"vote\":%s,\"minutes\":\"m\",\"householdIds\":%s}"
                .formatted(today(), tally(3, 0, 0), JSON.writeValueAsString(representatives)));
        step(cadre1, m3, "resolution", "{\"publishedOn\":\"%s\",\"text\":\"t\"}".formatted(today()));
        step(cadre1, m3, "result", "{\"publishedOn\":\"%s\",\"text\":\"done\"}".formatted(today()));

        // suggestions in V2: one solved on the spot, one assigned with tomorrow's deadline
        String raiser = TestTokens.forTenant(DAYE).subject("villager-ind").roles("villager").township(T).village(V2).bearer();
        String household = "ind2-" + UUID.randomUUID();
        String s1 = postOk("/api/v1/council/suggestions", raiser, suggestion(household)).get("id").asString();
        String s2 = postOk("/api/v1/council/suggestions", raiser, suggestion(household)).get("id").asString();
        postOk("/api/v1/council/bench-meetings", cadre2, """
                {"villageId":"%s","heldOn":"%s","place":"p","householdIds":["%s"],"suggestionIds":["%s","%s"],"minutes":"m"}
                """.formatted(V2, today(), household, s1, s2));
        postOk("/api/v1/council/suggestions/" + s1 + "/solve", cadre2, "{\"solution\":\"fixed\"}");
        postOk("/api/v1/council/suggestions/" + s2 + "/assign", cadre2,
                "{\"assignee\":\"works office\",\"deadline\":\"%s\"}".formatted(today().plusDays(1)));

        // notices in V2: one on the board, one withdrawn
        postOk("/api/v1/council/notices", cadre2, notice(today(), today().plusDays(60)));
        String withdrawn = postOk("/api/v1/council/notices", cadre2, notice(today(), today().plusDays(60))).get("id").asString();
        postOk("/api/v1/council/notices/" + withdrawn + "/withdraw", cadre2, "{\"reason\":\"wrong figures\"}");

        // an election in V1's natural village, closed after its window; one paper ballot of 40 households
        String council = postOk("/api/v1/council/councils", cadre1, """
                {"villageId":"%s","naturalVillageId":"%s","name":"Ind council","seats":5}
                """.formatted(V1, V1 + "-n1")).get("id").asString();
        postOk("/api/v1/council/councils/" + council + "/terms", cadre1, """
                {"start":"%s","end":"%s","members":[{"name":"Member","category":"OTHER","president":true}]}
                """.formatted(today().minusYears(1), today().plusYears(2)));
        JsonNode election = postOk("/api/v1/council/elections", cadre1, """
                {"councilId":"%s","title":"Ind election","seats":1,"termStart":"%s","termEnd":"%s",
                 "opensAt":"%s","closesAt":"%s","candidates":[{"name":"Candidate","category":"OTHER"}]}
                """.formatted(council, today().plusYears(2), today().plusYears(5), clock.instant().minusSeconds(60),
                clock.instant().plusSeconds(86400)));
        String electionId = election.get("id").asString();
        postOk("/api/v1/council/elections/" + electionId + "/ballots", cadre1, """
                {"householdId":"%s","candidateIds":["%s"],"witnessId":"%s","serial":"IND-1"}
                """.formatted("ind1-" + UUID.randomUUID(), election.get("candidates").get(0).get("id").asString(),
                representatives.getFirst()));
        // two days on: the assigned suggestion is overdue, the voting window is over
        clock.advance(Duration.ofDays(2));
        postOk("/api/v1/council/elections/" + electionId + "/close", cadre1, null);
        fixture.put("previous", previous.toString());
        fixture.put("from", previous.atDay(1).toString());
        fixture.put("to", today().toString());
        fixture.put("m1", m1);
    }

    private String propose(String cadre, LocalDate heldOn) throws Exception {
        return postOk("/api/v1/council/matters", cadre, """
                {"villageId":"%s","title":"Ind matter","kind":"FUNDS","amount":100,"heldOn":"%s","minutes":"m"}
                """.formatted(V1, heldOn)).get("id").asString();
    }

    private static String meeting(LocalDate heldOn, int present) {
        List<String> attendees = new ArrayList<>();
        for (int i = 0; i < present; i++) {
            attendees.add("Attendee " + i);
        }
        return "{\"heldOn\":\"%s\",\"entitled\":%d,\"attendees\":%s,\"vote\":%s,\"minutes\":\"m\"}"
                .formatted(heldOn, present, JSON.writeValueAsString(attendees), tally(present, 0, 0));
    }

    private void step(String cadre, String matter, String step, String body) throws Exception {
        postOk("/api/v1/council/matters/" + matter + "/" + step, cadre, body);
    }

    private void putRoster(String cadre, String village, List<String> households) throws Exception {
        List<Map<String, String>> list = households.stream().map(h -> Map.of("householdId", h, "name", "Rep " + h)).toList();
        MockHttpServletResponse response = call("PUT", "/api/v1/council/villages/" + village + "/representatives", cadre,
                JSON.writeValueAsString(Map.of("representatives", list)));
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    }

    private static String suggestion(String household) {
        return "{\"householdId\":\"%s\",\"title\":\"Street light\",\"content\":\"dark lane\"}".formatted(household);
    }

    private static String notice(LocalDate from, LocalDate until) {
        return """
                {"villageId":"%s","category":"FINANCES","title":"Accounts","body":"b","publishFrom":"%s","publishUntil":"%s"}
                """.formatted(V2, from, until);
    }

    private JsonNode table(String path, String token) throws Exception {
        return getOk(path, token);
    }

    private static JsonNode firstRow(JsonNode table, String id) {
        for (JsonNode row : table.get("rows")) {
            if (row.get("id").asString().equals(id)) {
                return row.get("values");
            }
        }
        throw new AssertionError("no row " + id + " in " + table);
    }

    /** Awaits the figures the scenario must end with (each change reaches the read models through its event). */
    private JsonNode awaitTable(String path, String token, String row, Map<String, String> expected) {
        return await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> table(path, token), table -> {
            JsonNode values = firstRow(table, row);
            return expected.entrySet().stream().allMatch(e -> values.get(e.getKey()).asString().equals(e.getValue()));
        });
    }

    static final Map<String, String> V1_OVER_THE_RANGE = Map.ofEntries(Map.entry("mattersProposed", "3"),
            Map.entry("mattersRejected", "1"), Map.entry("mattersAdopted", "1"), Map.entry("mattersCompleted", "1"),
            Map.entry("mattersAtProposal", "0"), Map.entry("mattersAtTwoCommittees", "0"),
            Map.entry("mattersAtPartyMembers", "1"), Map.entry("mattersAwaitingResolution", "0"),
            Map.entry("mattersAwaitingResult", "0"), Map.entry("resolutionsOverdue", "0"),
            Map.entry("electionsCompleted", "1"), Map.entry("lastElectionBallots", "1"),
            Map.entry("lastElectionHouseholds", "40"), Map.entry("lastElectionTurnoutPercent", "2.5"));

    static final Map<String, String> V2_OVER_THE_RANGE = Map.ofEntries(Map.entry("suggestionsRaised", "2"),
            Map.entry("suggestionsSolvedOnSpot", "1"), Map.entry("suggestionsAssigned", "1"),
            Map.entry("suggestionsAnswered", "0"), Map.entry("suggestionsOnTimePercent", "50.0"),
            Map.entry("suggestionsOverdue", "1"), Map.entry("noticesPublished", "2"), Map.entry("noticesOnBoard", "1"),
            Map.entry("noticesWithdrawn", "1"), Map.entry("mattersProposed", "0"));

    private String range() {
        return "from=" + fixture.get("from") + "&to=" + fixture.get("to");
    }

    @Test
    void whenTheScenarioIsReadThenTheTownshipsVillagesAndTheCountysTownshipRowShowEachIndicator() throws Exception {
        String villages = INDICATORS + "?township=" + T + "&" + range();
        awaitTable(villages, countyAdmin(), V1, V1_OVER_THE_RANGE);
        JsonNode table = awaitTable(villages, countyAdmin(), V2, V2_OVER_THE_RANGE);
        assertThat(table.get("level").asString()).isEqualTo("TOWNSHIP");
        assertThat(table.get("rowLevel").asString()).isEqualTo("VILLAGE");
        assertThat(table.get("rows")).extracting(row -> row.get("id").asString()).containsExactly(V1, V2);
        assertThat(table.get("columns").findValuesAsString("label")).contains("建议按期办结率", "逾期未办建议",
                "最近一次选举投票率", "处于党员大会审议的事项");
        // the township's own total: the sums of its villages, ratios of the sums
        assertThat(table.get("total").get("mattersProposed").asLong()).isEqualTo(3);
        assertThat(table.get("total").get("suggestionsRaised").asLong()).isEqualTo(2);
        assertThat(table.get("total").get("suggestionsOnTimePercent").asDouble()).isEqualTo(50.0);

        // the county: one row per township, this township's row the sum of both villages
        JsonNode county = table(INDICATORS + "?" + range(), countyAdmin());
        assertThat(county.get("level").asString()).isEqualTo("COUNTY");
        assertThat(county.get("rowLevel").asString()).isEqualTo("TOWNSHIP");
        JsonNode township = firstRow(county, T);
        assertThat(township.get("mattersProposed").asLong()).isEqualTo(3);
        assertThat(township.get("suggestionsOverdue").asLong()).isEqualTo(1);
        assertThat(township.get("lastElectionTurnoutPercent").asDouble()).isEqualTo(2.5);
        assertThat(township.get("noticesOnBoard").asLong()).isEqualTo(1);
        assertThat(county.get("total").get("mattersProposed").asLong()).as("the county has more townships")
                .isGreaterThanOrEqualTo(3);
        assertThat(county.get("trend")).hasSize(12);
    }

    @Test
    void whenLastMonthIsReadThenItsFlowsAndItsStocksAsOfItsLastDayDifferFromToday() throws Exception {
        awaitTable(INDICATORS + "?township=" + T + "&" + range(), countyAdmin(), V1, V1_OVER_THE_RANGE);
        JsonNode lastMonth = firstRow(table(INDICATORS + "?township=" + T + "&period=" + fixture.get("previous"),
                countyAdmin()), V1);
        assertThat(lastMonth.get("mattersProposed").asLong()).as("m1 and m3 were proposed last month").isEqualTo(2);
        assertThat(lastMonth.get("mattersAtTwoCommittees").asLong()).as("m1, as of last month's last day").isEqualTo(1);
        assertThat(lastMonth.get("mattersAtPartyMembers").asLong()).as("m3, as of last month's last day").isEqualTo(1);
        assertThat(lastMonth.get("mattersAdopted").asLong()).isZero();
        assertThat(lastMonth.get("lastElectionBallots").asLong()).as("no election completed by then").isZero();
        JsonNode thisMonth = firstRow(table(INDICATORS + "?township=" + T, countyAdmin()), V1);
        assertThat(thisMonth.get("mattersAtTwoCommittees").asLong()).as("m1 moved on today").isZero();
        assertThat(thisMonth.get("mattersAtPartyMembers").asLong()).as("m1 is there now, m3 moved on").isEqualTo(1);
        assertThat(thisMonth.get("lastElectionBallots").asLong()).isEqualTo(1);
        JsonNode before = firstRow(table(INDICATORS + "?township=" + T + "&from=" + fixture.get("from") + "&to="
                + LocalDate.parse(fixture.get("to")).minusDays(2), countyAdmin()), V2);
        assertThat(before.get("suggestionsOverdue").asLong()).as("as of the day it was assigned: not overdue yet").isZero();
        assertThat(before.get("suggestionsAssigned").asLong()).isEqualTo(1);
    }

    @Test
    void whenAStateChangesThenTheIndicatorsShowItAndADeliveredTwiceEventChangesNothing() throws Exception {
        String villages = INDICATORS + "?township=" + T_FRESH;
        String raiser = TestTokens.forTenant(DAYE).subject("villager-fresh").roles("villager").township(T_FRESH)
                .village(V_FRESH).bearer();
        long before = TenantContext.call(DAYE, () -> mongo.count(Query.query(Criteria.where("villageId").is(V_FRESH)),
                "suggestions"));
        // freshness: a suggestion raised shows in the village's row once its event has refreshed the village
        postOk("/api/v1/council/suggestions", raiser, suggestion("ind3-" + UUID.randomUUID()));
        JsonNode after = awaitTable(villages, countyAdmin(), V_FRESH, Map.of("suggestionsRaised", String.valueOf(before + 1)));
        assertThat(firstRow(table(INDICATORS, countyAdmin()), T_FRESH).get("suggestionsRaised").asLong()).isEqualTo(before + 1);

        // the same event twice: processed once, refreshes idempotent, figures unchanged
        long seq = TenantContext.call(DAYE, () -> mongo.findById(V_FRESH, Document.class, "indicator_villages"))
                .get("seq", Number.class).longValue();
        String eventId = UUID.randomUUID().toString();
        String body = """
                {"eventId":"%s","type":"notice.withdrawn","tenant":"daye","occurredAt":"%s",
                 "payload":{"noticeId":"n-x","townshipId":"%s","villageId":"%s","withdrawnOn":"%s"}}
                """.formatted(eventId, clock.instant(), T_FRESH, V_FRESH, today());
        for (int i = 0; i < 2; i++) {
            rabbit.send("council.events", "notice.withdrawn", MessageBuilder.withBody(body.getBytes(StandardCharsets.UTF_8))
                    .setContentType("application/json").setMessageId(eventId).setHeader(EventEnvelope.TENANT_HEADER, DAYE).build());
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> TenantContext.call(DAYE, () -> mongo.exists(
                Query.query(Criteria.where("_id").regex(":" + eventId + "$")), "processed_events")));
        Supplier<Boolean> refresh = () -> ledger.refresh(V_FRESH);
        assertThat(TenantContext.call(DAYE, refresh)).as("nothing left to count").isFalse();
        assertThat(TenantContext.call(DAYE, refresh)).isFalse();
        assertThat(TenantContext.call(DAYE, () -> mongo.findById(V_FRESH, Document.class, "indicator_villages"))
                .get("seq", Number.class).longValue()).isEqualTo(seq);
        assertThat(firstRow(table(villages, countyAdmin()), V_FRESH)).isEqualTo(firstRow(after, V_FRESH));
    }

    @Test
    void whenACounterIsCorruptedThenTheDriftCheckFindsItAndTheRepairSetsItRight() throws Exception {
        String villages = INDICATORS + "?township=" + T + "&" + range();
        JsonNode right = awaitTable(villages, countyAdmin(), V1, V1_OVER_THE_RANGE);
        await().atMost(Duration.ofSeconds(20)).until(() -> drifts().get("drifts").asInt() == 0);

        // a month document of V1's that its latest change went to (see the report on the platform's repair)
        long seq = TenantContext.call(DAYE, () -> mongo.findById(V1, Document.class, "indicator_villages"))
                .get("seq", Number.class).longValue();
        Document target = TenantContext.call(DAYE, () -> mongo.findOne(Query.query(Criteria.where("level").is("VILLAGE")
                .and("place").is(V1).and("period").regex("^\\d{4}-\\d{2}$").and("applied." + V1).is(seq)), Document.class,
                "indicators"));
        String document = target.getString("_id");
        // a flow: a month's flows are read from its month document
        String counter = target.get("counters", Document.class).keySet().stream()
                .filter(name -> List.of("mattersProposed", "mattersAdopted", "mattersCompleted", "mattersRejected",
                        "electionsCompleted").contains(name)).findFirst().orElseThrow();
        long kept = target.get("counters", Document.class).get(counter, Number.class).longValue();
        String month = INDICATORS + "?township=" + T + "&period=" + target.getString("period");
        JsonNode rightThatMonth = table(month, countyAdmin());
        TenantContext.run(DAYE, () -> mongo.updateFirst(Query.query(Criteria.where("_id").is(document)),
                new Update().inc("counters." + counter, 5), "indicators"));
        assertThat(firstRow(table(month, countyAdmin()), V1).get(counter).asLong())
                .isEqualTo(firstRow(rightThatMonth, V1).get(counter).asLong() + 5);

        JsonNode found = drifts();
        assertThat(found.get("drifts").asInt()).isEqualTo(1);
        JsonNode drift = found.get("listed").get(0);
        assertThat(drift.get("document").asString()).isEqualTo(document);
        assertThat(drift.get("counter").asString()).isEqualTo(counter);
        assertThat(drift.get("kept").asLong()).isEqualTo(kept + 5);
        assertThat(drift.get("expected").asLong()).isEqualTo(kept);

        JsonNode repaired = postOk("/api/v1/council/indicators/drift/repair?county=daye", operator(), null);
        assertThat(repaired.get("repaired").asInt()).isEqualTo(1);
        assertThat(drifts().get("drifts").asInt()).isZero();
        assertThat(firstRow(table(villages, countyAdmin()), V1)).isEqualTo(firstRow(right, V1));
        assertThat(firstRow(table(month, countyAdmin()), V1)).isEqualTo(firstRow(rightThatMonth, V1));
    }

    private JsonNode drifts() throws Exception {
        return getOk("/api/v1/council/indicators/drift?county=daye", operator());
    }

    @Test
    void whenCallersOfEveryKindAskThenEachSeesOnlyTheirScopeAndNothingIsWritten() throws Exception {
        awaitTable(INDICATORS + "?township=" + T + "&" + range(), countyAdmin(), V1, V1_OVER_THE_RANGE);
        Map<String, List<Document>> before = snapshot();

        JsonNode province = getOk(INDICATORS + "?" + range(), provincial("hubei"));
        assertThat(province.get("level").asString()).isEqualTo("PROVINCE");
        assertThat(province.get("rows")).extracting(row -> row.get("id").asString()).contains(DAYE).doesNotContain(LINXIAN);
        assertThat(firstRow(province, DAYE).get("mattersProposed").asLong()).isGreaterThanOrEqualTo(3);
        JsonNode drill = getOk(INDICATORS + "?county=daye&township=" + T + "&" + range(), provincial("hubei"));
        assertThat(firstRow(drill, V1).get("mattersProposed").asLong()).isEqualTo(3);
        assertThat(firstRow(getOk(INDICATORS + "?county=daye&" + range(), provincial("hubei")), T)
                .get("mattersProposed").asLong()).isEqualTo(3);
        assertThat(status(INDICATORS + "?county=linxian", provincial("hubei"))).as("a county of another province").isEqualTo(403);
        assertThat(status(INDICATORS + "?county=daye", provincial("henan"))).isEqualTo(403);
        assertThat(status(INDICATORS + "?county=linxian", countyAdmin())).as("another county").isEqualTo(403);
        assertThat(status("/api/v1/council/matters", provincial("hubei"))).as("not a report route").isEqualTo(403);
        assertThat(status("/api/v1/council/report", provincial("hubei"))).isEqualTo(403);
        assertThat(call("POST", "/api/v1/council/matters", provincial("hubei"), """
                {"villageId":"%s","title":"x","kind":"LAND","amount":1,"heldOn":"%s","minutes":"m"}
                """.formatted(V1, today())).getStatus()).isEqualTo(403);

        JsonNode officer = getOk(INDICATORS + "?" + range(), officerOf(T));
        assertThat(officer.get("level").asString()).isEqualTo("TOWNSHIP");
        assertThat(officer.get("rows")).extracting(row -> row.get("id").asString()).containsExactly(V1, V2);
        assertThat(status(INDICATORS + "?township=" + TOWNSHIP, officerOf(T))).as("another township").isEqualTo(403);
        JsonNode otherOfficer = getOk(INDICATORS, officerOf(TOWNSHIP));
        assertThat(otherOfficer.get("rows")).extracting(row -> row.get("id").asString()).doesNotContain(V1, V2);

        for (String token : List.of(cadreOf(V1), villager("villager-1"), gridWorker(), councilMember())) {
            assertThat(status(INDICATORS, token)).isEqualTo(403);
        }
        assertThat(status(INDICATORS, null)).isEqualTo(401);
        for (String token : java.util.Arrays.asList(countyAdmin(), provincial("hubei"), null)) {
            assertThat(status("/api/v1/council/indicators/drift?county=daye", token)).isIn(401, 403);
            assertThat(call("POST", "/api/v1/council/indicators/drift/repair?county=daye", token, null).getStatus()).isIn(401, 403);
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void whenThePeriodRangeOrTownshipIsMalformedThenAProblemNamesTheFieldAndNothingIsWritten() throws Exception {
        Map<String, List<Document>> before = snapshot();
        Map<String, String> bad = Map.of(
                "period=2026-13", "period", "period=soon", "period", "period=2026-11&from=2026-11-01&to=2026-11-02", "period",
                "from=2026-11-01", "to", "to=2026-11-01", "from", "from=yesterday&to=2026-11-01", "from",
                "from=2026-11-02&to=2026-11-01", "to", "township=t%20x", "township", "township=t-nowhere", "township",
                "county=Daye!", "county");
        for (Map.Entry<String, String> probe : bad.entrySet()) {
            MockHttpServletResponse response = call("GET", INDICATORS + "?" + probe.getKey(), countyAdmin(), null);
            assertThat(response.getStatus()).as(probe.getKey() + ": " + response.getContentAsString()).isIn(400, 422);
            assertThat(response.getContentType()).startsWith("application/problem+json");
            assertThat(json(response.getContentAsString()).get("errors").findValuesAsString("field"))
                    .as(probe.getKey()).contains(probe.getValue());
        }
        MockHttpServletResponse noCounty = call("GET", "/api/v1/council/indicators/drift?county=nowhere", operator(), null);
        assertThat(noCounty.getStatus()).isEqualTo(422);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void whenTheWholeCountyIsDerivedAtOnceThenEachVillageComesOutAsItsOwnDerivation() {
        // reconciliation derives a county in one read per collection; the refresher, one village at a time
        Map<String, VillageHistory> atOnce = TenantContext.call(DAYE, source::histories);
        assertThat(atOnce.keySet()).isNotEmpty().containsAll(TenantContext.call(DAYE, source::villages));
        atOnce.forEach((village, history) ->
                assertThat(history).isEqualTo(TenantContext.call(DAYE, () -> source.history(village))));
    }

    private int status(String path, String token) throws Exception {
        return call("GET", path, token, null).getStatus();
    }

    /** Daye's domain documents (the kept indicators change only by events, which a refused call never raises). */
    private Map<String, List<Document>> snapshot() {
        return TenantContext.call(DAYE, () -> DatabaseSnapshot.of(mongo, List.of("matters", "suggestions", "notices",
                "elections", "councils", "representative_rosters", "bench_meetings")));
    }
}
