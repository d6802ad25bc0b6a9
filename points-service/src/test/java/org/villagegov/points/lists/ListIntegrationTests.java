package org.villagegov.points.lists;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.points.PointsTestSupport;
import org.villagegov.points.account.Ledger;
import org.villagegov.points.account.Posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;

class ListIntegrationTests extends PointsTestSupport {

    @Autowired
    Ledger ledger;
    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    RabbitAdmin admin;

    private void award(String household, int amount) {
        TenantContext.run(DAYE, () -> ledger.post(new Posting("award:" + UUID.randomUUID(), household, TOWNSHIP, VILLAGE,
                null, amount, Posting.Source.AWARD, amount > 0 ? "volunteering" : "gambling", 1, "x", "test", "cadre-1")));
    }

    private Queue listen(String routingKey) {
        // a plain classic queue: the local broker refuses AnonymousQueue's leader-locator argument
        Queue queue = new Queue("points-test-" + UUID.randomUUID(), false, false, true);
        admin.declareQueue(queue);
        admin.declareBinding(BindingBuilder.bind(queue).to(new TopicExchange("points.events")).with(routingKey));
        return queue;
    }

    @Test
    void whenListsAreComputedThenPeriodEarningsDecideAndBlackListingRaisesTheEvent() throws Exception {
        Queue blacklisted = listen("household.blacklisted");
        String praised = household();
        String gambler = household();
        award(praised, 25);
        award(gambler, 40);
        award(gambler, -10);
        LocalDate today = LocalDate.now(clock);
        String period = "\"periodStart\":\"%s\",\"periodEnd\":\"%s\"".formatted(today.minusDays(30), today);

        var computed = postJson("/api/v1/points/lists/computations", cadre(),
                "{\"townshipId\":\"%s\",\"villageId\":\"%s\",%s}".formatted(TOWNSHIP, VILLAGE, period));
        assertThat(computed.get("red").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(computed.get("black").asInt()).isGreaterThanOrEqualTo(1);

        mvc.perform(get("/api/v1/points/lists").header("Authorization", villager("someone"))
                        .param("villageId", VILLAGE).param("periodStart", today.minusDays(30).toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.householdId == '" + praised + "')].kind").value("RED"))
                .andExpect(jsonPath("$.items[?(@.householdId == '" + gambler + "')].kind").value("BLACK"));

        Message event = await().atMost(Duration.ofSeconds(15)).until(() -> receiveFor(blacklisted, gambler), m -> m != null);
        String body = new String(event.getBody());
        assertThat(body).contains("\"villageId\":\"" + VILLAGE + "\"").contains("\"periodEnd\":\"" + today + "\"");

        admin.deleteQueue(blacklisted.getName());
        var again = postJson("/api/v1/points/lists/computations", cadre(),
                "{\"townshipId\":\"%s\",\"villageId\":\"%s\",%s}".formatted(TOWNSHIP, VILLAGE, period));
        assertThat(again.get("red").asInt() + again.get("black").asInt()).isZero();
    }

    private Message receiveFor(Queue queue, String household) {
        Message message;
        while ((message = rabbit.receive(queue.getName())) != null) {
            if (new String(message.getBody()).contains(household)) {
                return message;
            }
        }
        return null;
    }

    @Test
    void whenADeedIsCreditedAfterItsPeriodThenTheListOfThePeriodItHappenedInCountsIt() throws Exception {
        String lateCredited = household();
        String creditedInTime = household();
        LocalDate today = LocalDate.now(clock);
        LocalDate lastMonthStart = today.withDayOfMonth(1).minusMonths(1);
        LocalDate lastMonthEnd = today.withDayOfMonth(1).minusDays(1);
        // done last month, credited today (after the notice period): it belongs to last month
        TenantContext.run(DAYE, () -> ledger.post(new Posting("award:" + UUID.randomUUID(), lateCredited, TOWNSHIP, VILLAGE,
                null, 25, Posting.Source.AWARD, "volunteering", 1, "x", "test", "cadre-1", lastMonthEnd.minusDays(2))));
        // done and credited this month: not last month's
        TenantContext.run(DAYE, () -> ledger.post(new Posting("award:" + UUID.randomUUID(), creditedInTime, TOWNSHIP, VILLAGE,
                null, 25, Posting.Source.AWARD, "volunteering", 1, "x", "test", "cadre-1", today)));

        postJson("/api/v1/points/lists/computations", cadre(), "{\"villageId\":\"%s\",\"periodStart\":\"%s\",\"periodEnd\":\"%s\"}"
                .formatted(VILLAGE, lastMonthStart, lastMonthEnd));

        mvc.perform(get("/api/v1/points/lists").header("Authorization", cadre())
                        .param("villageId", VILLAGE).param("periodStart", lastMonthStart.toString()).param("size", "200"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.householdId == '" + lateCredited + "')].kind").value("RED"))
                .andExpect(jsonPath("$.items[?(@.householdId == '" + creditedInTime + "')]").isEmpty());
    }

    @Test
    void whenDesignationNamesAHouseholdOutsideTheCallersVillageThenRefusedNamingTheField() throws Exception {
        long before = count("list_entries");
        for (String household : java.util.List.of(otherVillageHousehold(), farHousehold(), "gone-1")) {
            mvc.perform(post("/api/v1/points/lists/designations").header("Authorization", cadre())
                            .contentType("application/json").content("""
                                    {"householdId":"%s","kind":"BLACK","reason":"x","periodStart":"2026-01-01","periodEnd":"2026-12-31"}
                                    """.formatted(household)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("householdId"));
        }
        assertThat(count("list_entries")).isEqualTo(before);
    }

    @Test
    void whenCadreDesignatesAHouseholdThenItIsListedOnceWithTheReason() throws Exception {
        String household = household();
        String body = """
                {"householdId":"%s","kind":"RED","reason":"saved a child from the river","periodStart":"2026-01-01","periodEnd":"2026-12-31"}
                """.formatted(household);
        mvc.perform(post("/api/v1/points/lists/designations").header("Authorization", cadre())
                        .contentType("application/json").content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.basis").value("DESIGNATED"));
        mvc.perform(post("/api/v1/points/lists/designations").header("Authorization", cadre())
                        .contentType("application/json").content(body))
                .andExpect(status().isConflict());
    }

    @Test
    void whenPeriodEndsBeforeItStartsThenRefusedNamingTheField() throws Exception {
        long before = count("list_entries");
        mvc.perform(post("/api/v1/points/lists/designations").header("Authorization", cadre())
                        .contentType("application/json").content("""
                                {"householdId":"%s","kind":"BLACK","reason":"x","periodStart":"2026-12-01","periodEnd":"2026-01-01"}
                                """.formatted(household())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("periodEnd"));
        assertThat(count("list_entries")).isEqualTo(before);
    }
}
