package org.villagegov.points.report;

import java.util.UUID;

import org.junit.jupiter.api.Test;
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
        credit(top, VILLAGE, "grid-top", 500);
        credit(second, VILLAGE, "grid-top", 400);
        credit(otherVillageHousehold(), OTHER_VILLAGE, "grid-other", 900);

        mvc.perform(get("/api/v1/points/leaderboard").header("Authorization", villager("v-1"))
                        .param("villageId", VILLAGE).param("gridId", "grid-top").param("limit", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.leaders[0].householdId").value(top))
                .andExpect(jsonPath("$.leaders[0].rank").value(1))
                .andExpect(jsonPath("$.leaders[1].householdId").value(second));

        mvc.perform(get("/api/v1/points/leaderboard").header("Authorization", villager("v-1")).param("villageId", OTHER_VILLAGE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.leaders").isEmpty());
    }

    @Test
    void whenCountyAndProvinceReportsAreAskedThenEachCountyShowsOnlyItsOwnFigures() throws Exception {
        credit(household(), VILLAGE, null, 7);
        String body = mvc.perform(get("/api/v1/points/report").header("Authorization", countyAdmin()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        long issued = json(body).get("pointsIssued").asLong();
        assertThat(issued).isGreaterThanOrEqualTo(7);

        String hubei = TestTokens.forTenant(PLATFORM).roles("provincial-admin").province("hubei").bearer();
        mvc.perform(get("/api/v1/points/province/report").header("Authorization", hubei))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.daye.pointsIssued").value(issued))
                .andExpect(jsonPath("$.linxian").doesNotExist());
        mvc.perform(get("/api/v1/points/province/report").header("Authorization", countyAdmin()))
                .andExpect(status().isForbidden());
    }
}
