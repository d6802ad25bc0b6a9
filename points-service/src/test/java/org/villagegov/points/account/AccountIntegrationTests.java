package org.villagegov.points.account;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.points.PointsTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;

class AccountIntegrationTests extends PointsTestSupport {

    @Autowired
    Ledger ledger;

    private long balance(String household) {
        return TenantContext.call(DAYE, () -> ledger.balance(household));
    }

    private String proposeCorrection(String household, int amount, String token) throws Exception {
        return postJson("/api/v1/points/accounts/" + household + "/corrections", token,
                "{\"amount\":%d,\"category\":\"DATA_ENTRY_ERROR\",\"reason\":\"typo in the award\"}".formatted(amount))
                .get("id").asString();
    }

    @Test
    void whenVillagerIsLinkedToTheirHouseholdThenTheySeeThatPassbookOnly() throws Exception {
        String mine = household();
        String neighbours = household();
        fund(mine, 8);
        fund(neighbours, 3);
        mvc.perform(put("/api/v1/points/accounts/" + mine + "/holder").header("Authorization", cadre())
                        .contentType("application/json").content("{\"subject\":\"villager-li\"}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/points/accounts/mine").header("Authorization", villager("villager-li")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.householdId").value(mine))
                .andExpect(jsonPath("$.balance").value(8))
                .andExpect(jsonPath("$.entries.items[0].source").value("CORRECTION"));
        mvc.perform(get("/api/v1/points/accounts/" + mine).header("Authorization", villager("villager-li")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/points/accounts/" + neighbours).header("Authorization", villager("villager-li")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/points/accounts/mine").header("Authorization", villager("villager-unlinked")))
                .andExpect(status().isNotFound());
    }

    @Test
    void whenCadreProposesACorrectionThenNothingIsCreditedUntilASecondPersonApproves() throws Exception {
        String household = household();
        String correction = proposeCorrection(household, 450, cadre("cadre-greedy"));
        assertThat(balance(household)).isZero();

        mvc.perform(post("/api/v1/points/corrections/" + correction + "/approve").header("Authorization", cadre("cadre-greedy")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("approver"));
        assertThat(balance(household)).isZero();

        mvc.perform(post("/api/v1/points/corrections/" + correction + "/approve").header("Authorization", cadre("cadre-2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.decidedBy").value("cadre-2"));
        mvc.perform(post("/api/v1/points/corrections/" + correction + "/approve").header("Authorization", countyAdmin()))
                .andExpect(status().isConflict());
        assertThat(balance(household)).isEqualTo(450);
    }

    @Test
    void whenCorrectionIsRejectedThenItNeverReachesThePassbookAndFreesItsPlaceUnderTheLimit() throws Exception {
        String household = household();
        String correction = proposeCorrection(household, 400, cadre("cadre-1"));
        mvc.perform(post("/api/v1/points/corrections/" + correction + "/reject").header("Authorization", cadre("cadre-2"))
                        .contentType("application/json").content("{\"reason\":\"no such mistake\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"));
        mvc.perform(post("/api/v1/points/corrections/" + correction + "/approve").header("Authorization", cadre("cadre-2")))
                .andExpect(status().isConflict());
        assertThat(balance(household)).isZero();
        proposeCorrection(household, 400, cadre("cadre-1"));
    }

    @Test
    void whenCorrectionsOfAHouseholdExceedTheMonthlyLimitThenRefusedNamingTheAmount() throws Exception {
        String household = household();
        proposeCorrection(household, 300, cadre("cadre-1"));
        proposeCorrection(household, -150, cadre("cadre-1"));
        long before = count("corrections");

        mvc.perform(post("/api/v1/points/accounts/" + household + "/corrections").header("Authorization", countyAdmin())
                        .contentType("application/json")
                        .content("{\"amount\":51,\"category\":\"OTHER\",\"reason\":\"one more\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("amount"));

        assertThat(count("corrections")).isEqualTo(before);
        proposeCorrection(household, 50, cadre("cadre-1"));
    }

    @Test
    void whenApprovedDeductionWouldOverdrawThenRefusedAndTheLedgerStaysUnchanged() throws Exception {
        String household = household();
        fund(household, 5);
        String tooMuch = proposeCorrection(household, -6, cadre("cadre-1"));
        mvc.perform(post("/api/v1/points/corrections/" + tooMuch + "/approve").header("Authorization", cadre("cadre-2")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
        mvc.perform(get("/api/v1/points/corrections/" + tooMuch).header("Authorization", cadre()))
                .andExpect(jsonPath("$.status").value("PROPOSED"));
        assertThat(balance(household)).isEqualTo(5);

        String exact = proposeCorrection(household, -5, cadre("cadre-1"));
        postJson("/api/v1/points/corrections/" + exact + "/approve", cadre("cadre-2"), "{}");
        assertThat(balance(household)).isZero();
    }

    @Test
    void whenCorrectionNamesNoCategoryOrAnUnknownOneThenBadRequestNamingIt() throws Exception {
        long before = count("corrections");
        mvc.perform(post("/api/v1/points/accounts/" + household() + "/corrections").header("Authorization", cadre())
                        .contentType("application/json").content("{\"amount\":5,\"reason\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("category"));
        mvc.perform(post("/api/v1/points/accounts/" + household() + "/corrections").header("Authorization", cadre())
                        .contentType("application/json").content("{\"amount\":5,\"category\":\"GIFT\",\"reason\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("category"));
        assertThat(count("corrections")).isEqualTo(before);
    }

    @Test
    void whenCheckRunsThenEveryBalanceEqualsItsLedgerSum() throws Exception {
        fund(household(), 4);
        mvc.perform(get("/api/v1/points/accounts/check").header("Authorization", countyAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consistent").value(true))
                .andExpect(jsonPath("$.mismatched").isEmpty());
    }

    @Test
    void whenCadreListsAccountsThenOnlyTheirVillageIsShown() throws Exception {
        fund(otherVillageHousehold(), 4);
        mvc.perform(get("/api/v1/points/accounts").header("Authorization", cadre()).param("size", "200"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.villageId == '" + OTHER_VILLAGE + "')]").isEmpty());
    }
}
