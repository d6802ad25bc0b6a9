package org.villagegov.grid;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class VisitIntegrationTests extends GridTestSupport {

    @Autowired
    RabbitTemplate rabbit;

    private String household(String villageId) throws Exception {
        String body = JSON.writeValueAsString(Map.of("villageId", villageId, "address", "a", "headName", "h"));
        return json(mvc.perform(post("/api/v1/grid/households").header("Authorization", countyAdmin())
                        .contentType("application/json").content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    private void pair(String member, String household) throws Exception {
        signsIn(member(member));
        mvc.perform(post("/api/v1/grid/pairings").header("Authorization", cadre1()).contentType("application/json")
                        .content(JSON.writeValueAsString(Map.of("memberSubject", member, "memberName", "Member", "householdId", household))))
                .andExpect(status().isCreated());
    }

    private static String today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).toString();
    }

    private String member(String subject) {
        return org.villagegov.platform.test.TestTokens.forTenant("daye").subject(subject).roles("grid-worker")
                .township(township).village(village1).bearer();
    }

    @Test
    void whenAPairedHouseholdWasNotVisitedForAWeekThenItIsOverdueUntilTheMemberVisits() throws Exception {
        String member = "member-" + UUID.randomUUID();
        String household = household(village1);
        pair(member, household);
        mvc.perform(post("/api/v1/grid/visits").header("Authorization", member(member)).contentType("application/json")
                        .content(JSON.writeValueAsString(Map.of("householdId", household, "visitedOn", today(), "notes", "all well"))))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/grid/visits/overdue").header("Authorization", cadre1()))
                .andExpect(jsonPath("$[*].householdId").value(not(hasItem(household))));

        clock.advance(Duration.ofDays(8));
        mvc.perform(get("/api/v1/grid/visits/overdue").header("Authorization", cadre1()))
                .andExpect(jsonPath("$[?(@.householdId == '" + household + "')].memberSubject").value(hasItem(member)));
        mvc.perform(get("/api/v1/grid/visits/overdue?memberSubject=" + member).header("Authorization", cadre1()))
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get("/api/v1/grid/visits/overdue?memberSubject=somebody-else").header("Authorization", cadre1()))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/grid/visits/coverage").header("Authorization", cadre1()))
                .andExpect(jsonPath("$.overdue").isNumber());

        mvc.perform(post("/api/v1/grid/visits").header("Authorization", member(member)).contentType("application/json")
                        .content(JSON.writeValueAsString(Map.of("householdId", household, "visitedOn", today()))))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/grid/visits/overdue").header("Authorization", cadre1()))
                .andExpect(jsonPath("$[*].householdId").value(not(hasItem(household))));
        mvc.perform(get("/api/v1/grid/visits?householdId=" + household).header("Authorization", gridWorker1()))
                .andExpect(jsonPath("$.length()").value(2));
    }

    @Test
    void whenAHouseholdIsBlackListedTwiceOverThenOneFollowUpTaskAppearsAndAVisitClosesIt() throws Exception {
        String household = household(village1);
        String eventId = UUID.randomUUID().toString();
        String body = """
                {"eventId":"%s","type":"household.blacklisted","tenant":"daye","occurredAt":"2026-11-24T08:00:00Z",
                 "payload":{"householdId":"%s","townshipId":"%s","villageId":"%s","reason":"gambling",
                            "periodStart":"2026-11-01","periodEnd":"2026-11-30"}}""".formatted(eventId, household, township, village1);
        for (int i = 0; i < 2; i++) {
            rabbit.send("points.events", "household.blacklisted", MessageBuilder.withBody(body.getBytes(StandardCharsets.UTF_8))
                    .setMessageId(eventId).setHeader("x-tenant", "daye").build());
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> count("follow_ups") > 0 && openTasks(household) == 1);
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(3)).until(() -> openTasks(household) == 1);
        mvc.perform(get("/api/v1/grid/follow-ups").header("Authorization", gridWorker1()))
                .andExpect(jsonPath("$[?(@.householdId == '" + household + "')].reason").value(hasItem("black-listed: gambling")));

        mvc.perform(post("/api/v1/grid/visits").header("Authorization", gridWorker1()).contentType("application/json")
                        .content(JSON.writeValueAsString(Map.of("householdId", household, "visitedOn", today()))))
                .andExpect(status().isCreated());
        assertThat(openTasks(household)).isZero();
    }

    @Test
    void whenAMediationCaseClosesThenEachPartyHouseholdGetsAFollowUpTask() throws Exception {
        String first = household(village1);
        String second = household(village2);
        String eventId = UUID.randomUUID().toString();
        String body = """
                {"eventId":"%s","type":"case.closed","tenant":"daye","occurredAt":"2026-11-24T08:00:00Z",
                 "payload":{"caseId":"c-1","outcome":"AGREEMENT","householdIds":["%s","%s"],"townshipId":"t","villageId":"v"}}"""
                .formatted(eventId, first, second);
        rabbit.send("mediation.events", "case.closed", MessageBuilder.withBody(body.getBytes(StandardCharsets.UTF_8))
                .setMessageId(eventId).setHeader("x-tenant", "daye").build());
        await().atMost(Duration.ofSeconds(10)).until(() -> openTasks(first) == 1 && openTasks(second) == 1);
        mvc.perform(get("/api/v1/grid/follow-ups").header("Authorization", cadre1()))
                .andExpect(jsonPath("$[*].householdId").value(hasItem(first)))
                .andExpect(jsonPath("$[*].householdId").value(not(hasItem(second))));
    }

    @Test
    void whenOutsideTheVillageOrRoleThenPairingsVisitsAndTasksAreRefusedOrEmpty() throws Exception {
        String household = household(village1);
        long before = count("visits");
        String visit = JSON.writeValueAsString(Map.of("householdId", household, "visitedOn", today()));
        for (String token : List.of(cadre2(), otherCountyAdmin(), otherCountyCadre())) {
            mvc.perform(post("/api/v1/grid/visits").header("Authorization", token).contentType("application/json").content(visit))
                    .andExpect(status().is4xxClientError());
            mvc.perform(get("/api/v1/grid/visits?householdId=" + household).header("Authorization", token))
                    .andExpect(status().is4xxClientError());
            mvc.perform(get("/api/v1/grid/follow-ups").header("Authorization", token))
                    .andExpect(jsonPath("$[*].householdId").value(not(hasItem(household))));
        }
        for (String token : List.of(villager("v"), integrator())) {
            mvc.perform(post("/api/v1/grid/visits").header("Authorization", token).contentType("application/json").content(visit))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/grid/visits/overdue").header("Authorization", token)).andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/grid/pairings").header("Authorization", gridWorker1()).contentType("application/json")
                .content("{\"memberSubject\":\"m\",\"memberName\":\"m\",\"householdId\":\"" + household + "\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/grid/visits/overdue")).andExpect(status().isUnauthorized());
        assertThat(count("visits")).isEqualTo(before);
    }

    @Test
    void whenVisitInputIsBadThenTheFieldIsNamedAndNothingIsStored() throws Exception {
        String household = household(village1);
        long before = count("visits");
        mvc.perform(post("/api/v1/grid/visits").header("Authorization", gridWorker1()).contentType("application/json")
                        .content("{\"householdId\":\"" + household + "\",\"visitedOn\":\"2999-01-01\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("visitedOn"));
        mvc.perform(post("/api/v1/grid/visits").header("Authorization", gridWorker1()).contentType("application/json")
                        .content("{\"householdId\":\"" + household + "\",\"visitedOn\":\"yesterday\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("visitedOn"));
        mvc.perform(post("/api/v1/grid/pairings").header("Authorization", cadre1()).contentType("application/json")
                        .content("{\"memberName\":\"m\",\"householdId\":\"" + household + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("memberSubject"));
        assertThat(count("visits")).isEqualTo(before);
    }

    private long openTasks(String household) {
        return org.villagegov.platform.tenancy.TenantContext.call("daye", () -> mongo.getCollection("follow_ups")
                .countDocuments(new org.bson.Document("householdId", household).append("closedByVisitId", null)));
    }
}
