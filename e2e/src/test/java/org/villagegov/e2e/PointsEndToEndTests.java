package org.villagegov.e2e;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.villagegov.e2e.Stack.GATEWAY;

/**
 * The moral points bank as a county uses it, through the gateway with Keycloak's tokens: an
 * award from proposal to the love supermarket, and a black-list designation reaching the grid.
 */
@ExtendWith(Stack.class)
class PointsEndToEndTests {

    private static final String POINTS = GATEWAY + "/api/v1/points";

    @Test
    void whenAnAwardIsApprovedByAnotherPersonThenItIsCreditedAfterTheNoticePeriodAndCanBeRedeemed() {
        String gridWorker = Http.userToken("linxian", "grid");
        String cadre = Http.userToken("linxian", "cadre");
        String clerk = Http.userToken("linxian", "clerk");
        String household = DemoData.household("linxian", "Wang Fang");

        Http.Answer proposed = Http.post(POINTS + "/awards", gridWorker, Map.of("householdId", household,
                "ruleCode", "volunteering", "evidence", "cleaned the river bank", "occurredOn", DemoData.today().toString()));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        String award = proposed.json().get("id").asString();
        assertThat(Http.post(POINTS + "/awards/" + award + "/approve", gridWorker, "").status())
                .as("a grid worker may not approve").isEqualTo(403);

        Http.Answer approved = Http.post(POINTS + "/awards/" + award + "/approve", cadre, "");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(Http.get(POINTS + "/awards/board?villageId=v-huashi", Http.userToken("linxian", "villager")).body())
                .contains(award);

        await().atMost(Stack.NOTICE_PERIOD.plusSeconds(20)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(Http.get(POINTS + "/awards/" + award, cadre).json().get("status").asString()).isEqualTo("CREDITED"));
        long balance = balance(household, cadre);
        assertThat(balance).isGreaterThanOrEqualTo(5);

        Http.Answer item = Http.post(POINTS + "/supermarket/items", clerk, Map.of("townshipId", "t-chengguan",
                "villageId", "v-huashi", "name", "Soap " + System.nanoTime(), "price", 5, "stock", 3));
        assertThat(item.status()).as(item.body()).isEqualTo(201);
        String itemId = item.json().get("id").asString();
        Http.Answer receipt = Http.post(POINTS + "/supermarket/redemptions", clerk,
                Map.of("householdId", household, "itemId", itemId, "quantity", 1));
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(201);
        assertThat(receipt.json().get("status").asString()).isEqualTo("COMPLETED");
        assertThat(receipt.json().get("total").asInt()).isEqualTo(5);

        assertThat(balance(household, cadre)).isEqualTo(balance - 5);
        assertThat(Http.get(POINTS + "/supermarket/items/" + itemId, clerk).json().get("stock").asInt()).isEqualTo(2);
        Http.Answer tooMuch = Http.post(POINTS + "/supermarket/redemptions", clerk,
                Map.of("householdId", household, "itemId", itemId, "quantity", 2));
        if (balance - 5 < 10) {
            assertThat(tooMuch.status()).as(tooMuch.body()).isEqualTo(422);
        }
        JsonNode check = Http.get(POINTS + "/accounts/check", Http.userToken("linxian", "admin")).json();
        assertThat(check.get("consistent").asBoolean()).as(check.toString()).isTrue();
        assertThat(check.get("balanceTotal").asLong()).isEqualTo(check.get("ledgerTotal").asLong());
    }

    @Test
    void whenACadreDesignatesAHouseholdForTheBlackListThenItsGridGetsAFollowUpVisitTask() {
        String cadre = Http.userToken("linxian", "cadre");
        String household = DemoData.household("linxian", "Zhang Hua");
        LocalDate today = DemoData.today();
        Http.Answer designated = Http.post(POINTS + "/lists/designations", cadre, Map.of("householdId", household,
                "kind", "BLACK", "reason", "extravagant funeral banquet despite the compact",
                "periodStart", today.withDayOfMonth(1).toString(), "periodEnd", today.toString()));
        assertThat(designated.status()).as(designated.body()).isEqualTo(201);

        String gridWorker = Http.userToken("linxian", "grid");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Http.Answer tasks = Http.get(GATEWAY + "/api/v1/grid/follow-ups?villageId=v-huashi", gridWorker);
            assertThat(tasks.status()).as(tasks.body()).isEqualTo(200);
            assertThat(tasks.body()).contains(household);
        });
        assertThat(Http.get(GATEWAY + "/api/v1/grid/follow-ups?villageId=v-huashi", Http.userToken("jiyuan", "grid")).body())
                .doesNotContain(household);
    }

    private static long balance(String household, String token) {
        Http.Answer passbook = Http.get(POINTS + "/accounts/" + household, token);
        assertThat(passbook.status()).as(passbook.body()).isEqualTo(200);
        return passbook.json().get("balance").asLong();
    }
}
