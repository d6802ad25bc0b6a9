package org.villagegov.points.report;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.test.TestTokens;
import org.villagegov.points.PointsTestSupport;
import org.villagegov.points.account.Ledger;
import org.villagegov.points.account.Posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;
import static org.villagegov.platform.test.TestTenants.PLATFORM;

class ReportIntegrationTests extends PointsTestSupport {

    @Autowired
    Ledger ledger;

    private void credit(String household, String village, String grid, int amount) {
        TenantContext.run(DAYE, () -> ledger.post(new Posting("award:" + UUID.randomUUID(), household, TOWNSHIP, village,
                grid, amount, Posting.Source.AWARD, "volunteering", 1, "x", "test", "cadre-1")));
    }

    @Test
    void whenLeaderboardIsAskedThenHouseholdsOfTheVillageAreRankedByPointsEarnedInThePeriod() throws Exception {
        String top = household();
        String second = household();
        credit(top, VILLAGE, VILLAGE + "-grid-1", 500);
        credit(second, VILLAGE, VILLAGE + "-grid-1", 400);
        credit(otherVillageHousehold(), OTHER_VILLAGE, OTHER_VILLAGE + "-grid-1", 900);

        mvc.perform(get("/api/v1/points/leaderboard").header("Authorization", villager("v-1"))
                        .param("villageId", VILLAGE).param("gridId", VILLAGE + "-grid-1").param("limit", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.leaders[0].householdId").value(top))
                .andExpect(jsonPath("$.leaders[0].rank").value(1))
                .andExpect(jsonPath("$.leaders[1].householdId").value(second));

        mvc.perform(get("/api/v1/points/leaderboard").header("Authorization", villager("v-1")).param("villageId", OTHER_VILLAGE))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("villageId"));
    }

    private JsonNode report() throws Exception {
        return json(mvc.perform(get("/api/v1/points/report").header("Authorization", countyAdmin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void whenAwardsCorrectionsRedemptionsAndRefundsHappenThenTheReportShowsCorrectionsAndBalances() throws Exception {
        JsonNode before = report().get("reconciliation");
        String household = household();
        credit(household, VILLAGE, null, 30);
        credit(household, VILLAGE, null, -4);
        fund(household, 20);
        String correction = postJson("/api/v1/points/accounts/" + household + "/corrections", cadre(),
                "{\"amount\":-6,\"category\":\"DUPLICATE_AWARD\",\"reason\":\"awarded twice\"}").get("id").asString();
        postJson("/api/v1/points/corrections/" + correction + "/approve", countyAdmin(), "{}");
        String item = postJson("/api/v1/points/supermarket/items", clerk(),
                "{\"villageId\":\"%s\",\"name\":\"oil\",\"price\":10,\"stock\":5}".formatted(VILLAGE)).get("id").asString();
        String redemption = postJson("/api/v1/points/supermarket/redemptions", clerk(),
                "{\"householdId\":\"%s\",\"itemId\":\"%s\",\"quantity\":3}".formatted(household, item)).get("id").asString();
        postJson("/api/v1/points/supermarket/redemptions/" + redemption + "/refund", cadre(), "{\"reason\":\"spoiled\"}");

        JsonNode after = report();
        JsonNode reconciliation = after.get("reconciliation");
        assertThat(reconciliation.get("balanced").asBoolean()).as(reconciliation.toString()).isTrue();
        assertThat(reconciliation.get("expectedBalance").asLong()).isEqualTo(reconciliation.get("sumOfBalances").asLong());
        assertThat(reconciliation.get("sumOfBalances").asLong()).isEqualTo(after.get("balanceTotal").asLong());
        assertThat(delta(before, reconciliation, "issued")).isEqualTo(30);
        assertThat(delta(before, reconciliation, "deducted")).isEqualTo(4);
        assertThat(delta(before, reconciliation, "corrections")).isEqualTo(14);
        assertThat(delta(before, reconciliation, "redeemed")).isEqualTo(30);
        assertThat(delta(before, reconciliation, "refunds")).isEqualTo(30);
        assertThat(delta(before, reconciliation, "sumOfBalances")).isEqualTo(30 - 4 + 14 - 30 + 30);
        assertThat(after.get("pointsCorrected").asLong()).isGreaterThanOrEqualTo(14);
    }

    private static long delta(JsonNode before, JsonNode after, String field) {
        return after.get(field).asLong() - before.get(field).asLong();
    }

    @Test
    void whenTheCountyReportIsAskedThenItShowsTheCountysFiguresAndTheOldProvinceRouteIsGone() throws Exception {
        credit(household(), VILLAGE, null, 7);
        String body = mvc.perform(get("/api/v1/points/report").header("Authorization", countyAdmin()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(json(body).get("pointsIssued").asLong()).isGreaterThanOrEqualTo(7);

        // the province reads the indicators now (IndicatorIntegrationTests); the old side-by-side route is no more
        String hubei = TestTokens.forTenant(PLATFORM).roles("provincial-admin").province("hubei").bearer();
        int status = mvc.perform(get("/api/v1/points/province/report").header("Authorization", hubei))
                .andReturn().getResponse().getStatus();
        assertThat(status).isIn(403, 404);
    }
}
