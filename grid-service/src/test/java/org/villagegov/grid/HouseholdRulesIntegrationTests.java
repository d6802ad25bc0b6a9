package org.villagegov.grid;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.villagegov.platform.tenancy.TenantContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Rules of a household file no single person can bend: one head account, one ID number, no silent wipes. */
class HouseholdRulesIntegrationTests extends GridTestSupport {

    @Autowired
    RabbitTemplate rabbit;

    private static Map<String, Object> resident(String name, String idNumber, String phone) {
        return Map.of("name", name, "idNumber", idNumber, "phone", phone, "birthYear", 1970);
    }

    private Map<String, Object> file(String headUserId, List<Map<String, Object>> residents) {
        return headUserId == null
                ? Map.of("villageId", village1, "naturalVillageId", naturalVillage1, "address", "a", "headName", "Head",
                "residents", residents)
                : Map.of("villageId", village1, "naturalVillageId", naturalVillage1, "address", "a", "headName", "Head",
                "headUserId", headUserId, "residents", residents);
    }

    private void refusedNaming(String field, Map<String, ?> body) throws Exception {
        mvc.perform(post("/api/v1/grid/households").header("Authorization", cadre1()).contentType("application/json")
                        .content(JSON.writeValueAsString(body)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    private JsonView read(String token, String id) throws Exception {
        return new JsonView(json(mvc.perform(get("/api/v1/grid/households/" + id).header("Authorization", token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()));
    }

    private record JsonView(tools.jackson.databind.JsonNode node) {
    }

    private org.springframework.test.web.servlet.ResultActions edit(String token, String id, Map<String, ?> body)
            throws Exception {
        return mvc.perform(put("/api/v1/grid/households/" + id).header("Authorization", token)
                .contentType("application/json").content(JSON.writeValueAsString(body)));
    }

    @Test
    void whenAnAccountAlreadyHeadsAHouseholdThenASecondOneIsRefusedNamingHeadUserId() throws Exception {
        String head = "head-" + UUID.randomUUID();
        household(cadre1(), file(head, List.of()));
        long before = count("households");
        refusedNaming("headUserId", file(head, List.of()));
        assertThat(count("households")).isEqualTo(before);

        String other = household(cadre1(), file("head-" + UUID.randomUUID(), List.of()));
        edit(cadre1(), other, Map.of("address", "a", "headName", "Head", "headUserId", head, "residents", List.of(),
                "version", 0))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("headUserId"));
    }

    @Test
    void whenEightRegistrationsNameTheSameHeadAtOnceThenExactlyOneHouseholdIsRegistered() throws Exception {
        String head = "racing-head-" + UUID.randomUUID();
        String number = uniqueIdNumber();
        String body = JSON.writeValueAsString(file(head, List.of(resident("R", number, "13800000009"))));
        long before = count("households");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(post("/api/v1/grid/households").header("Authorization", cadre1())
                            .contentType("application/json").content(body)).andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 422);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("households")).isEqualTo(before + 1);
    }

    @Test
    void whenAnIdNumberAlreadyLivesInAnotherHouseholdThenRefusedNamingTheResidentsField() throws Exception {
        String shared = uniqueIdNumber();
        household(cadre1(), file(null, List.of(resident("A", shared, "13800000001"))));
        long before = count("households");
        refusedNaming("residents[1].idNumber", file(null, List.of(resident("B", uniqueIdNumber(), "13800000002"),
                resident("C", shared.toLowerCase(), "13800000003"))));
        String twice = uniqueIdNumber();
        refusedNaming("residents[1].idNumber", file(null, List.of(resident("D", twice, "13800000005"),
                resident("E", twice, "13800000006"))));
        assertThat(count("households")).isEqualTo(before);
    }

    @Test
    void whenAHouseholdRegisteredBeforeClaimsExistedHoldsTheHeadOrIdNumberThenANewOneIsRefused() throws Exception {
        String head = "legacy-head-" + UUID.randomUUID();
        String number = uniqueIdNumber();
        TenantContext.run("daye", () -> mongo.insert(new Document("_id", "legacy-" + UUID.randomUUID())
                .append("townshipId", township).append("villageId", village1).append("headName", "Old")
                .append("headUserId", head).append("active", true)
                .append("residents", List.of(new Document("name", "Old").append("idNumber", number))), "households"));
        refusedNaming("headUserId", file(head, List.of()));
        refusedNaming("residents[0].idNumber", file(null, List.of(resident("N", number, "13800000007"))));
    }

    @Test
    void whenAFreedIdNumberIsRegisteredAgainThenItIsAccepted() throws Exception {
        String number = uniqueIdNumber();
        String first = household(cadre1(), file(null, List.of(resident("A", number, "13800000001"))));
        edit(cadre1(), first, Map.of("address", "a", "headName", "Head", "residents", List.of(), "version", 0))
                .andExpect(status().isOk());
        household(cadre1(), file(null, List.of(resident("A", number, "13800000001"))));
    }

    @Test
    void whenAnEditLeavesOutTheResidentsThenRefusedNamingTheFieldAndTheResidentsStay() throws Exception {
        String id = household(cadre1(), file(null, List.of(resident("A", uniqueIdNumber(), "13800000001"))));
        edit(cadre1(), id, Map.of("address", "changed", "headName", "Head", "version", 0))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("residents"));
        assertThat(read(cadre1(), id).node().get("residents").size()).isEqualTo(1);
    }

    @Test
    void whenAnEditSendsBackTheMaskedViewThenTheRealIdNumberAndPhoneAreKept() throws Exception {
        String number = uniqueIdNumber();
        String id = household(cadre1(), file(null, List.of(resident("A", number, "13812345678"),
                resident("B", uniqueIdNumber(), "13987654321"))));
        tools.jackson.databind.JsonNode masked = read(integrator(), id).node();
        assertThat(masked.get("residents").get(0).get("idNumber").asString()).contains("*");
        List<Map<String, Object>> sentBack = List.of(
                Map.of("name", "A renamed", "idNumber", masked.get("residents").get(0).get("idNumber").asString(),
                        "phone", masked.get("residents").get(0).get("phone").asString()),
                Map.of("name", "B", "idNumber", masked.get("residents").get(1).get("idNumber").asString(),
                        "phone", "13700000000"));
        edit(integrator(), id, Map.of("address", "a", "headName", "Head", "residents", sentBack, "version", 0))
                .andExpect(status().isOk());
        tools.jackson.databind.JsonNode full = read(cadre1(), id).node();
        assertThat(full.get("residents").get(0).get("name").asString()).isEqualTo("A renamed");
        assertThat(full.get("residents").get(0).get("idNumber").asString()).isEqualTo(number);
        assertThat(full.get("residents").get(0).get("phone").asString()).isEqualTo("13812345678");
        assertThat(full.get("residents").get(1).get("phone").asString()).isEqualTo("13700000000");

        edit(cadre1(), id, Map.of("address", "a", "headName", "Head", "version", 1, "residents",
                List.of(Map.of("name", "X", "idNumber", "111111********1111"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("residents[0].idNumber"));
        mvc.perform(post("/api/v1/grid/households").header("Authorization", cadre1()).contentType("application/json")
                        .content(JSON.writeValueAsString(file(null, List.of(Map.of("name", "M",
                                "idNumber", masked.get("residents").get(0).get("idNumber").asString()))))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("residents[0].idNumber"));
    }

    @Test
    void whenAnElectionIsOpenInTheNaturalVillageThenTheHeadCannotChangeUntilItEnds() throws Exception {
        String id = household(cadre1(), file("head-" + UUID.randomUUID(), List.of()));
        String electionId = "e-" + UUID.randomUUID();
        send("election.opened", """
                {"electionId":"%s","councilId":"c","townshipId":"%s","villageId":"%s","naturalVillageId":"%s","opensOn":"2026-11-20"}"""
                .formatted(electionId, township, village1, naturalVillage1));
        await().atMost(Duration.ofSeconds(10)).until(() -> election(electionId) != null);

        edit(cadre1(), id, Map.of("address", "a", "headName", "New Head", "residents", List.of(), "version", 0))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("headName"));
        edit(cadre1(), id, Map.of("address", "a", "headName", "Head", "headUserId", "someone-else",
                "residents", List.of(), "version", 0))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("headUserId"));
        edit(cadre1(), id, Map.of("address", "new address", "headName", "Head", "residents", List.of(), "version", 0))
                .andExpect(status().isOk());

        String completed = """
                {"electionId":"%s","councilId":"c","townshipId":"%s","villageId":"%s","naturalVillageId":"%s"}"""
                .formatted(electionId, township, village1, naturalVillage1);
        send("election.completed", completed);
        await().atMost(Duration.ofSeconds(10)).until(() -> Boolean.TRUE.equals(election(electionId).getBoolean("closed")));
        send("election.opened", """
                {"electionId":"%s","councilId":"c","townshipId":"%s","villageId":"%s","naturalVillageId":"%s"}"""
                .formatted(electionId, township, village1, naturalVillage1));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3))
                .until(() -> Boolean.TRUE.equals(election(electionId).getBoolean("closed")));
        edit(cadre1(), id, Map.of("address", "new address", "headName", "New Head", "residents", List.of(), "version", 1))
                .andExpect(status().isOk());
    }

    @Test
    void whenAnElectionIsOpenInAnotherNaturalVillageThenTheHeadMayChange() throws Exception {
        String id = household(cadre1(), file(null, List.of()));
        String otherBay = createRegion("NATURAL_VILLAGE", "East Bay", village1);
        String electionId = "e-" + UUID.randomUUID();
        send("election.opened", """
                {"electionId":"%s","villageId":"%s","naturalVillageId":"%s"}""".formatted(electionId, village1, otherBay));
        await().atMost(Duration.ofSeconds(10)).until(() -> election(electionId) != null);
        edit(cadre1(), id, Map.of("address", "a", "headName", "Another Head", "residents", List.of(), "version", 0))
                .andExpect(status().isOk());
    }

    @Test
    void whenAHouseholdMovesThenItsPairingsAndOpenFollowUpsFollowAndItLeavesItsMicroGridUnlessItStaysInItsGroup()
            throws Exception {
        String stays = household(cadre1(), Map.of("villageId", village1, "groupId", group1, "address", "a", "headName", "h"));
        String moves = household(cadre1(), Map.of("villageId", village1, "groupId", group1, "address", "a", "headName", "h"));
        String grid = json(mvc.perform(post("/api/v1/grid/micro-grids").header("Authorization", cadre1())
                .contentType("application/json").content(JSON.writeValueAsString(Map.of("villageId", village1,
                        "name", "Move grid", "workerSubject", "w", "workerName", "w"))))
                .andReturn().getResponse().getContentAsString()).get("id").asString();
        for (String household : List.of(stays, moves)) {
            mvc.perform(post("/api/v1/grid/micro-grids/" + grid + "/households").header("Authorization", cadre1())
                            .contentType("application/json").content("{\"householdId\":\"" + household + "\"}"))
                    .andExpect(status().isOk());
        }
        String member = "member-" + UUID.randomUUID();
        signsIn(org.villagegov.platform.test.TestTokens.forTenant("daye").subject(member).roles("grid-worker")
                .township(township).village(village1).bearer());
        mvc.perform(post("/api/v1/grid/pairings").header("Authorization", cadre1()).contentType("application/json")
                        .content(JSON.writeValueAsString(Map.of("memberSubject", member, "memberName", "M", "householdId", moves))))
                .andExpect(status().isCreated());
        TenantContext.run("daye", () -> mongo.insert(new Document("_id", "task-" + moves).append("householdId", moves)
                .append("townshipId", township).append("villageId", village1).append("reason", "r")
                .append("closedByVisitId", null), "follow_ups"));

        mvc.perform(post("/api/v1/grid/households/" + stays + "/move").header("Authorization", cadre1())
                        .contentType("application/json").content(JSON.writeValueAsString(Map.of("villageId", village1,
                                "groupId", group1))))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/grid/households/" + moves + "/move").header("Authorization", countyAdmin())
                        .contentType("application/json").content(JSON.writeValueAsString(Map.of("villageId", village3))))
                .andExpect(status().isOk());

        Document gridNow = TenantContext.call("daye", () -> mongo.findById(grid, Document.class, "micro_grids"));
        assertThat(gridNow.getList("householdIds", String.class)).containsExactly(stays);
        assertThat(gridNow.getInteger("size")).isEqualTo(1);
        assertThat(TenantContext.call("daye", () -> mongo.findById(moves, Document.class, "grid_memberships"))).isNull();
        Document pairing = TenantContext.call("daye", () -> mongo.findById(member + ":" + moves, Document.class, "pairings"));
        assertThat(pairing.getString("villageId")).isEqualTo(village3);
        assertThat(pairing.getString("townshipId")).isEqualTo(township2);
        Document task = TenantContext.call("daye", () -> mongo.findById("task-" + moves, Document.class, "follow_ups"));
        assertThat(task.getString("villageId")).isEqualTo(village3);
        assertThat(task.getString("townshipId")).isEqualTo(township2);
        mvc.perform(get("/api/v1/grid/follow-ups").header("Authorization", cadre3()))
                .andExpect(jsonPath("$[*].householdId").value(org.hamcrest.Matchers.hasItem(moves)));
    }

    private void send(String type, String payload) {
        String eventId = UUID.randomUUID().toString();
        String body = """
                {"eventId":"%s","type":"%s","tenant":"daye","occurredAt":"2026-11-24T08:00:00Z","payload":%s}"""
                .formatted(eventId, type, payload);
        rabbit.send("council.events", type, MessageBuilder.withBody(body.getBytes(StandardCharsets.UTF_8))
                .setMessageId(eventId).setHeader("x-tenant", "daye").build());
    }

    private Document election(String electionId) {
        return TenantContext.call("daye", () -> mongo.findById(electionId, Document.class, "open_elections"));
    }
}
