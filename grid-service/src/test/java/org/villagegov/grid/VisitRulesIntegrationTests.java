package org.villagegov.grid;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.test.TestTokens;
import org.villagegov.platform.time.CountyTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A pairing names someone who can visit; a cadre may enter a member's visit, saying so; a visit closes only older tasks. */
class VisitRulesIntegrationTests extends GridTestSupport {

    @Autowired
    RabbitTemplate rabbit;

    private static String worker(String subject, String villageId) {
        return TestTokens.forTenant("daye").subject(subject).roles("grid-worker").township(township).village(villageId)
                .bearer();
    }

    private org.springframework.test.web.servlet.ResultActions pair(String member, String household) throws Exception {
        return mvc.perform(post("/api/v1/grid/pairings").header("Authorization", cadre1()).contentType("application/json")
                .content(JSON.writeValueAsString(Map.of("memberSubject", member, "memberName", "M", "householdId", household))));
    }

    private org.springframework.test.web.servlet.ResultActions visit(String token, Map<String, ?> body) throws Exception {
        return mvc.perform(post("/api/v1/grid/visits").header("Authorization", token).contentType("application/json")
                .content(JSON.writeValueAsString(body)));
    }

    @Test
    void whenThePairedMemberIsNobodyWhoCanVisitTheHouseholdThenRefusedNamingMemberSubject() throws Exception {
        String household = household(countyAdmin(), Map.of("villageId", village1, "address", "a", "headName", "h"));
        long before = count("pairings");
        pair("invented-" + UUID.randomUUID(), household)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("memberSubject"));
        String elsewhere = "worker-v2-" + UUID.randomUUID();
        signsIn(worker(elsewhere, village2));
        pair(elsewhere, household)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("memberSubject"));
        assertThat(count("pairings")).isEqualTo(before);

        String here = "worker-v1-" + UUID.randomUUID();
        signsIn(worker(here, village1));
        pair(here, household).andExpect(status().isCreated());
    }

    @Test
    void whenACadreEntersAMembersVisitThenItSaysSoAndCountsForThePairing() throws Exception {
        String household = household(countyAdmin(), Map.of("villageId", village1, "address", "a", "headName", "h"));
        String member = "member-" + UUID.randomUUID();
        signsIn(worker(member, village1));
        pair(member, household).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/grid/visits/overdue?memberSubject=" + member).header("Authorization", cadre1()))
                .andExpect(jsonPath("$[*].householdId").value(hasItem(household)));

        visit(gridWorker1(), Map.of("householdId", household, "visitedOn", today(), "onBehalfOf", member))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("onBehalfOf"));
        visit(cadre1(), Map.of("householdId", household, "visitedOn", today(), "onBehalfOf", "not-paired"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("onBehalfOf"));
        visit(cadre1(), Map.of("householdId", household, "visitedOn", today(), "onBehalfOf", member))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.memberSubject").value(member))
                .andExpect(jsonPath("$.loggedBy").value("cadre-v1"))
                .andExpect(jsonPath("$.onBehalfOf").value(member));
        mvc.perform(get("/api/v1/grid/visits/overdue?memberSubject=" + member).header("Authorization", cadre1()))
                .andExpect(jsonPath("$[*].householdId").value(not(hasItem(household))));
    }

    @Test
    void whenAVisitIsDatedBeforeAFollowUpWasCreatedThenItDoesNotCloseIt() throws Exception {
        String household = household(countyAdmin(), Map.of("villageId", village1, "address", "a", "headName", "h"));
        String eventId = UUID.randomUUID().toString();
        String body = """
                {"eventId":"%s","type":"household.blacklisted","tenant":"daye","occurredAt":"2026-11-24T08:00:00Z",
                 "payload":{"householdId":"%s","townshipId":"%s","villageId":"%s","reason":"fraud"}}"""
                .formatted(eventId, household, township, village1);
        rabbit.send("points.events", "household.blacklisted", MessageBuilder.withBody(body.getBytes(StandardCharsets.UTF_8))
                .setMessageId(eventId).setHeader("x-tenant", "daye").build());
        await().atMost(Duration.ofSeconds(10)).until(() -> openTasks(household) == 1);

        visit(gridWorker1(), Map.of("householdId", household, "visitedOn", CountyTime.today(clock).minusDays(1).toString()))
                .andExpect(status().isCreated());
        assertThat(openTasks(household)).isEqualTo(1);
        visit(gridWorker1(), Map.of("householdId", household, "visitedOn", today())).andExpect(status().isCreated());
        assertThat(openTasks(household)).isZero();
    }

    private static String today() {
        return CountyTime.today(clock).toString();
    }

    private long openTasks(String household) {
        return TenantContext.call("daye", () -> mongo.getCollection("follow_ups")
                .countDocuments(new org.bson.Document("householdId", household).append("closedByVisitId", null)));
    }
}
