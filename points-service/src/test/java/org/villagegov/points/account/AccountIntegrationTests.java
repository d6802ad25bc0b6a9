package org.villagegov.points.account;

import org.junit.jupiter.api.Test;
import org.villagegov.points.PointsTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AccountIntegrationTests extends PointsTestSupport {

    @Test
    void whenVillagerIsLinkedToTheirHouseholdThenTheySeeThatPassbookOnly() throws Exception {
        String mine = household();
        String neighbours = household();
        postJson("/api/v1/points/accounts/" + mine + "/corrections", cadre(), "{\"amount\":8,\"reason\":\"opening\"}");
        postJson("/api/v1/points/accounts/" + neighbours + "/corrections", cadre(), "{\"amount\":3,\"reason\":\"opening\"}");
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
    void whenCorrectionWouldOverdrawThenRefusedAndTheLedgerStaysUnchanged() throws Exception {
        String household = household();
        postJson("/api/v1/points/accounts/" + household + "/corrections", cadre(), "{\"amount\":5,\"reason\":\"opening\"}");
        mvc.perform(post("/api/v1/points/accounts/" + household + "/corrections").header("Authorization", cadre())
                        .contentType("application/json").content("{\"amount\":-6,\"reason\":\"mistake\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
        var passbook = postJson("/api/v1/points/accounts/" + household + "/corrections", cadre(),
                "{\"amount\":-5,\"reason\":\"mistake\"}");
        assertThat(passbook.get("balance").asLong()).isZero();
        assertThat(passbook.get("entries").asInt()).isEqualTo(2);
    }

    @Test
    void whenCheckRunsThenEveryBalanceEqualsItsLedgerSum() throws Exception {
        postJson("/api/v1/points/accounts/" + household() + "/corrections", cadre(), "{\"amount\":4,\"reason\":\"opening\"}");
        mvc.perform(get("/api/v1/points/accounts/check").header("Authorization", countyAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consistent").value(true))
                .andExpect(jsonPath("$.mismatched").isEmpty());
    }

    @Test
    void whenCadreListsAccountsThenOnlyTheirVillageIsShown() throws Exception {
        postJson("/api/v1/points/accounts/" + otherVillageHousehold() + "/corrections", countyAdmin(),
                "{\"amount\":4,\"reason\":\"opening\"}");
        mvc.perform(get("/api/v1/points/accounts").header("Authorization", cadre()).param("size", "200"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.villageId == '" + OTHER_VILLAGE + "')]").isEmpty());
    }
}
