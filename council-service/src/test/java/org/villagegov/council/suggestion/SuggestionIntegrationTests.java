package org.villagegov.council.suggestion;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mock.web.MockHttpServletResponse;
import org.villagegov.council.CouncilTestSupport;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.tenancy.TenantId;
import org.villagegov.platform.test.CommandCount;
import org.villagegov.platform.test.TestTokens;
import org.villagegov.platform.time.CountyTime;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.villagegov.platform.test.TestTenants.DAYE;

class SuggestionIntegrationTests extends CouncilTestSupport {

    static final String SUGGESTIONS = "/api/v1/council/suggestions";
    static final String MEETINGS = "/api/v1/council/bench-meetings";

    private static final String IDLE_DATABASE = "council_" + IDLE_COUNTY;

    String queue;
    @Autowired
    Escalation escalation;
    @Autowired
    CountyTime time;

    @BeforeEach
    void listen() {
        queue = listenToEvents();
    }

    @AfterEach
    void stopListening() {
        rabbitAdmin.deleteQueue(queue);
    }

    private String raise(String token, String household, String title) throws Exception {
        return postOk(SUGGESTIONS, token, """
                {"householdId":"%s","title":"%s","content":"The lane floods after rain"}
                """.formatted(household, title)).get("id").asString();
    }

    private JsonNode meeting(List<String> households, List<String> suggestions) throws Exception {
        return postOk(MEETINGS, cadre(), """
                {"villageId":"%s","heldOn":"%s","place":"under the camphor tree","householdIds":%s,"suggestionIds":%s,
                 "minutes":"talked it through"}
                """.formatted(VILLAGE, today(), JSON.writeValueAsString(households), JSON.writeValueAsString(suggestions)));
    }

    private int act(String id, String action, String token, String body) throws Exception {
        return call("POST", SUGGESTIONS + "/" + id + "/" + action, token, body).getStatus();
    }

    @Test
    void whenASuggestionIsSolvedOnTheSpotThenItIsResolvedRatedOnceAndTheMeetingIsAttended() throws Exception {
        String household = household();
        String id = raise(villager("villager-s1"), household, "Drain the lane");
        assertThat(act(id, "solve", cadre(), "{\"solution\":\"x\"}")).as("not discussed yet").isEqualTo(409);
        String neighbour = household();
        JsonNode meeting = meeting(List.of(household, neighbour), List.of(id));
        assertThat(getOk(SUGGESTIONS + "/" + id, villager("villager-s1")).get("status").asString()).isEqualTo("DISCUSSED");
        assertThat(act(id, "rate", villager("villager-s1"), "{\"rating\":5}")).as("not solved yet").isEqualTo(409);
        assertThat(act(id, "solve", cadre(), "{\"solution\":\"Villagers cleared the drain together\"}")).isEqualTo(200);
        assertThat(act(id, "assign", cadre(), "{\"assignee\":\"water bureau\",\"deadline\":\"%s\"}".formatted(today().plusDays(5))))
                .isEqualTo(409);
        assertThat(act(id, "rate", villager("someone-else"), "{\"rating\":1}")).as("only the raiser sees it").isEqualTo(404);
        assertThat(act(id, "rate", villager("villager-s1"), "{\"rating\":6}")).isEqualTo(400);
        assertThat(act(id, "rate", villager("villager-s1"), "{\"rating\":5}")).isEqualTo(200);
        assertThat(act(id, "rate", villager("villager-s1"), "{\"rating\":4}")).isEqualTo(409);

        JsonNode attended = awaitEvent(queue, "meeting.attended", meeting.get("id").asString());
        assertThat(attended.get("payload").get("matterId").isNull()).isTrue();
        assertThat(attended.get("payload").get("householdIds").valueStream().map(JsonNode::asString))
                .containsExactly(household, neighbour);
        assertThat(attended.get("payload").get("suggestionIds").get(0).asString()).isEqualTo(id);
        assertThat(attended.get("payload").get("townshipId").asString()).isEqualTo(TOWNSHIP);
        JsonNode resolved = awaitEvent(queue, "suggestion.resolved", id);
        assertThat(resolved.get("payload").get("householdId").asString()).isEqualTo(household);
        assertThat(resolved.get("payload").get("villageId").asString()).isEqualTo(VILLAGE);
        assertThat(resolved.get("payload").get("resolvedOn").asString()).isEqualTo(today().toString());
    }

    @Test
    void whenAnAssignedSuggestionPassesItsDeadlineThenItIsOverdueAndCountedLate() throws Exception {
        String onTime = raise(gridWorker(), household(), "Street light broken");
        String late = raise(villager("villager-s2"), household(), "Bridge rail loose");
        meeting(List.of(household()), List.of(onTime, late));
        assertThat(act(late, "assign", cadre(), "{\"assignee\":\"township\",\"deadline\":\"%s\"}".formatted(today())))
                .as("deadline must be after today").isEqualTo(422);
        assertThat(act(late, "assign", cadre(), "{\"assignee\":\"township\",\"deadline\":\"%s\"}".formatted(today().plusDays(2))))
                .isEqualTo(200);
        assertThat(act(onTime, "assign", cadre(), "{\"assignee\":\"power supply office\",\"deadline\":\"%s\"}"
                .formatted(today().plusDays(2)))).isEqualTo(200);
        assertThat(act(onTime, "feedback", townshipOfficer(), "{\"feedback\":\"Lamp replaced\"}")).isEqualTo(200);
        assertThat(getOk(SUGGESTIONS + "/overdue", cadre()).findValuesAsString("id")).doesNotContain(late);

        clock.advance(Duration.ofDays(4));
        assertThat(getOk(SUGGESTIONS + "/overdue", townshipOfficer()).findValuesAsString("id")).contains(late).doesNotContain(onTime);
        assertThat(getOk(SUGGESTIONS + "/overdue", otherVillageCadre()).findValuesAsString("id")).doesNotContain(late);
        assertThat(getOk("/api/v1/council/report", countyAdmin()).get("suggestions").get("overdue").asLong()).isPositive();
        assertThat(act(late, "feedback", cadre(), "{\"feedback\":\"Rail fixed\"}")).isEqualTo(200);
        JsonNode answered = getOk(SUGGESTIONS + "/" + late, cadre());
        assertThat(answered.get("status").asString()).isEqualTo("ANSWERED");
        assertThat(answered.get("onTime").asBoolean()).isFalse();
        assertThat(act(late, "feedback", cadre(), "{\"feedback\":\"again\"}")).isEqualTo(409);
        JsonNode event = awaitEvent(queue, "suggestion.resolved", late);
        assertThat(event.get("payload").get("onTime").asBoolean()).isFalse();

        JsonNode figures = getOk(SUGGESTIONS + "/figures?villageId=" + VILLAGE, cadre());
        assertThat(figures.get("raised").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(figures.get("assigned").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(figures.get("solvedOnTime").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(getOk(SUGGESTIONS + "/figures", otherVillageCadre()).get("raised").asLong()).isZero();
    }

    @Test
    void whenSuggestionInputOrStepsAreWrongThenRefusedAndNothingStored() throws Exception {
        long suggestions = count("suggestions");
        long meetings = count("bench_meetings");
        MockHttpServletResponse noTitle = call("POST", SUGGESTIONS, villager("v"), "{\"householdId\":\"" + household() + "\",\"content\":\"x\"}");
        assertThat(noTitle.getStatus()).isEqualTo(400);
        assertThat(json(noTitle.getContentAsString()).get("errors").findValuesAsString("field")).contains("title");
        assertThat(call("POST", SUGGESTIONS, villager("v"), "{\"householdId\":\"v2-x\",\"title\":\"t\",\"content\":\"x\"}").getStatus())
                .as("a household of another village").isEqualTo(422);
        assertThat(call("POST", SUGGESTIONS, cadre(), "{\"householdId\":\"hh-1\",\"title\":\"t\",\"content\":\"x\"}").getStatus())
                .as("cadres hold the meetings, villagers and grid workers raise").isEqualTo(403);
        assertThat(count("suggestions")).isEqualTo(suggestions);

        String id = raise(villager("villager-s3"), household(), "Bins");
        suggestions++;
        String future = """
                {"villageId":"%s","heldOn":"%s","place":"p","householdIds":["%s"],"suggestionIds":["%s"],"minutes":"m"}
                """;
        assertThat(call("POST", MEETINGS, cadre(), future.formatted(VILLAGE, today().plusDays(1), household(), id)).getStatus())
                .isEqualTo(422);
        assertThat(call("POST", MEETINGS, cadre(), future.formatted(VILLAGE, today(), household(), "no-such")).getStatus())
                .isEqualTo(422);
        assertThat(call("POST", MEETINGS, otherVillageCadre(), future.formatted(OTHER_VILLAGE, today(), "v2-h", id)).getStatus())
                .as("a suggestion of another village").isEqualTo(422);
        MockHttpServletResponse empty = call("POST", MEETINGS, cadre(), future.formatted(VILLAGE, today(), household(), id)
                .replace("\"householdIds\":[\"hh-", "\"householdIds\":[],\"x\":[\"hh-"));
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(call("POST", MEETINGS, villager("villager-s3"), future.formatted(VILLAGE, today(), household(), id)).getStatus())
                .isEqualTo(403);
        assertThat(count("bench_meetings")).isEqualTo(meetings);
        assertThat(act(id, "assign", cadre(), "{\"assignee\":\"x\",\"deadline\":\"%s\"}".formatted(today().plusDays(3)))).isEqualTo(409);
        assertThat(act(id, "feedback", cadre(), "{\"feedback\":\"x\"}")).isEqualTo(409);
        assertThat(act(id, "solve", villager("villager-s3"), "{\"solution\":\"x\"}")).isEqualTo(403);
        assertThat(act(id, "solve", otherVillageCadre(), "{\"solution\":\"x\"}")).isEqualTo(404);
        assertThat(getOk(SUGGESTIONS + "/" + id, cadre()).get("status").asString()).isEqualTo("RAISED");
        assertThat(count("suggestions")).isEqualTo(suggestions);

        meeting(List.of(household()), List.of(id));
        assertThat(call("POST", MEETINGS, cadre(), future.formatted(VILLAGE, today(), household(), id)).getStatus())
                .as("discussed already").isEqualTo(409);
        assertThat(getOk(SUGGESTIONS, villager("villager-s3")).get("items").findValuesAsString("id")).containsExactly(id);
    }

    @Test
    void whenASuggestionIsNotFeasibleThenItClosesWithTheReasonAndEarnsNoAdoptionPoints() throws Exception {
        String id = raise(villager("villager-nf"), household(), "A swimming pool");
        assertThat(act(id, "not-feasible", cadre(), "{\"reason\":\"No land\"}")).as("not discussed yet").isEqualTo(409);
        meeting(List.of(household()), List.of(id));
        MockHttpServletResponse noReason = call("POST", SUGGESTIONS + "/" + id + "/not-feasible", cadre(), "{\"reason\":\" \"}");
        assertThat(noReason.getStatus()).isEqualTo(400);
        assertThat(json(noReason.getContentAsString()).get("errors").findValuesAsString("field")).contains("reason");
        assertThat(act(id, "not-feasible", villager("villager-nf"), "{\"reason\":\"x\"}")).isEqualTo(403);
        assertThat(act(id, "not-feasible", cadre(), "{\"reason\":\"The village has no land for it\"}")).isEqualTo(200);
        JsonNode closed = getOk(SUGGESTIONS + "/" + id, cadre());
        assertThat(closed.get("status").asString()).isEqualTo("NOT_FEASIBLE");
        assertThat(closed.get("notFeasibleReason").asString()).isEqualTo("The village has no land for it");
        assertThat(act(id, "solve", cadre(), "{\"solution\":\"x\"}")).isEqualTo(409);
        assertThat(act(id, "rate", villager("villager-nf"), "{\"rating\":2}")).isEqualTo(200);
        assertThat(sawEvent(queue, "suggestion.resolved", id)).as("no adoption points for it").isFalse();
    }

    @Test
    void whenAnAssignedSuggestionIsOverdueThenTwoSweepsEscalateItToTheTownshipOnce() throws Exception {
        String id = raise(villager("villager-esc"), household(), "Collapsed culvert");
        meeting(List.of(household()), List.of(id));
        assertThat(act(id, "assign", cadre(), "{\"assignee\":\"water bureau\",\"deadline\":\"%s\"}"
                .formatted(today().plusDays(1)))).isEqualTo(200);
        assertThat(TenantContext.call("daye", escalation::escalateOverdue)).doesNotContain(id);

        clock.advance(Duration.ofDays(3));
        List<List<String>> sweeps = new ArrayList<>();
        try (var executor = Executors.newFixedThreadPool(2)) {
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<List<String>>> two = List.of(() -> {
                start.await();
                return TenantContext.call("daye", escalation::escalateOverdue);
            }, () -> {
                start.await();
                return TenantContext.call("daye", escalation::escalateOverdue);
            });
            var futures = two.stream().map(executor::submit).toList();
            start.countDown();
            for (var future : futures) {
                sweeps.add(future.get());
            }
        }
        List<String> all = sweeps.stream().flatMap(List::stream).toList();
        assertThat(all).filteredOn(id::equals).as("claimed by one sweep only").hasSize(1);
        assertThat(all).doesNotHaveDuplicates();
        JsonNode escalated = getOk(SUGGESTIONS + "/" + id, townshipOfficer());
        assertThat(escalated.get("escalatedToTownship").asBoolean()).isTrue();
        assertThat(escalated.get("escalatedAt").isNull()).isFalse();
        assertThat(getOk(SUGGESTIONS + "?escalated=true&size=100", townshipOfficer()).get("items").findValuesAsString("id")).contains(id);
        String otherTownship = TestTokens.forTenant("daye").subject("officer-far").roles("township-officer").township(FAR_TOWNSHIP).bearer();
        assertThat(getOk(SUGGESTIONS + "?escalated=true&size=100", otherTownship).get("items").findValuesAsString("id")).doesNotContain(id);
        assertThat(TenantContext.call("daye", escalation::escalateOverdue)).as("once").doesNotContain(id);
        assertThat(act(id, "feedback", townshipOfficer(), "{\"feedback\":\"The township rebuilt it\"}")).isEqualTo(200);
    }

    /** An assigned suggestion due tomorrow; its county marked by the assignment. */
    private String assigned() throws Exception {
        // a mark this instance wrote less than a third of its settling time ago is not written again
        clock.advance(Duration.ofMinutes(1));
        String id = raise(villager("villager-lamp"), household(), "Broken street lamp");
        meeting(List.of(household()), List.of(id));
        assertThat(act(id, "assign", cadre(), "{\"assignee\":\"power bureau\",\"deadline\":\"%s\"}"
                .formatted(today().plusDays(1)))).isEqualTo(200);
        return id;
    }

    /** The escalation sweep of an instance that has just started, over a client that counts commands. */
    private Escalation started(CommandCount commands) {
        return new Escalation(countedBy(commands), withIdleCounty(), time, clock);
    }

    private boolean escalated(String id) throws Exception {
        return getOk(SUGGESTIONS + "/" + id, townshipOfficer()).get("escalatedToTownship").asBoolean();
    }

    private Document mark() {
        return TenantContext.call(TenantId.PLATFORM, () -> mongo.findById(DAYE, Document.class, Escalation.PENDING));
    }

    @Test
    void whenACountyIsIdleThenOnlyTheFirstSweepQueriesItAndAnOverdueSuggestionIsStillEscalated() throws Exception {
        try (CommandCount commands = new CommandCount()) {
            Escalation sweeps = started(commands);
            sweeps.sweep();
            assertThat(commands.to(IDLE_DATABASE)).as("the first sweep after a start looks at every county").isPositive();

            String id = assigned();
            assertThat(mark()).as("the assignment marked its county").isNotNull();
            commands.reset();
            sweeps.sweep();
            clock.advance(Duration.ofDays(2));
            sweeps.sweep();

            assertThat(escalated(id)).isTrue();
            assertThat(commands.to(IDLE_DATABASE)).as("an idle county costs later sweeps nothing").isZero();
        }
    }

    @Test
    void whenASuggestionWasAssignedBeforeAStartWithoutAMarkThenTheFirstSweepMarksItsCountyAndItIsEscalated()
            throws Exception {
        String id = assigned();
        // as if assigned by a version without marks
        TenantContext.run(TenantId.PLATFORM, () -> mongo.remove(Query.query(Criteria.where("_id").is(DAYE)), Escalation.PENDING));
        try (CommandCount commands = new CommandCount()) {
            Escalation restarted = started(commands);
            restarted.sweep();
            assertThat(mark()).as("its deadline still ahead: the first sweep leaves its county marked").isNotNull();

            clock.advance(Duration.ofDays(2));
            commands.reset();
            assertThat(restarted.sweep()).isPositive();
            assertThat(escalated(id)).isTrue();
            assertThat(commands.to(IDLE_DATABASE)).isZero();
        }
    }

    @Test
    void whenABenchMeetingHasManyHouseholdsThenOneBatchLookupChecksThem() throws Exception {
        String id = raise(gridWorker(), household(), "Batch");
        List<String> households = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            households.add(household());
        }
        int batches = grid.batchLookups.get();
        int singles = grid.singleLookups.get();
        meeting(households, List.of(id));
        assertThat(grid.batchLookups.get() - batches).isEqualTo(1);
        assertThat(grid.singleLookups.get() - singles).isZero();
        List<String> withForeign = new ArrayList<>(households);
        withForeign.add("far-" + household());
        String suggestion = raise(gridWorker(), household(), "Batch 2");
        MockHttpServletResponse refused = call("POST", MEETINGS, cadre(), """
                {"villageId":"%s","heldOn":"%s","place":"p","householdIds":%s,"suggestionIds":["%s"],"minutes":"m"}
                """.formatted(VILLAGE, today(), JSON.writeValueAsString(withForeign), suggestion));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(json(refused.getContentAsString()).get("errors").findValuesAsString("field")).contains("householdIds");
    }
}
