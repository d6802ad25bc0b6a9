package org.villagegov.grid;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.villagegov.platform.test.TestTokens;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class IntegratorIntegrationTests extends GridTestSupport {

    @Test
    void whenAnIntegratorRegistersAHouseholdThenItReadsItBackMasked() throws Exception {
        String integrator = TestTokens.forTenant("daye").subject("svc-account-app").clientId("county-app")
                .roles("default-roles-daye", "offline_access", "uma_authorization", "integrator").bearer();
        String body = JSON.writeValueAsString(Map.of("villageId", village1, "address", "No. 21", "headName", "Zhao Lei",
                "residents", List.of(Map.of("name", "Zhao Lei", "idNumber", idNumber("41058119880505001")))));
        String id = json(mvc.perform(post("/api/v1/grid/households").header("Authorization", integrator)
                        .header("Idempotency-Key", "k-" + System.nanoTime()).contentType("application/json").content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
        mvc.perform(get("/api/v1/grid/households/" + id).header("Authorization", integrator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.residents[0].idNumber").value("410581********0012"));
    }
}
