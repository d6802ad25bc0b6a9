package org.villagegov.platform.sample;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SampleIntegrationTest
class AuditIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void whenStateChangesThenWhoWhatAndWhenAreRecordedForTheCountyAdmin() throws Exception {
        String id = "audited-" + UUID.randomUUID();
        mvc.perform(post("/api/v1/sample/notes").header("Authorization", Tokens.cadre()).header("Idempotency-Key", "k-" + id)
                        .contentType("application/json").content(Tokens.noteJson(id, Tokens.VILLAGE, "x")))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/sample/audit").param("target", "/api/v1/sample/notes").param("size", "500")
                        .header("Authorization", Tokens.countyAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.details.idempotencyKey == 'k-" + id + "')].username").value(hasItem("cadre")))
                .andExpect(jsonPath("$.items[?(@.details.idempotencyKey == 'k-" + id + "')].tenant").value(hasItem("daye")))
                .andExpect(jsonPath("$.items[?(@.details.idempotencyKey == 'k-" + id + "')].action").value(hasItem("POST")))
                .andExpect(jsonPath("$.items[0].at").exists());
    }

    @Test
    void whenRequestIsRefusedThenNothingIsAudited() throws Exception {
        String key = "refused-" + UUID.randomUUID();
        mvc.perform(post("/api/v1/sample/notes").header("Authorization", Tokens.cadre()).header("Idempotency-Key", key)
                        .contentType("application/json").content("{}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/sample/audit").param("size", "500").header("Authorization", Tokens.countyAdmin()))
                .andExpect(jsonPath("$.items[?(@.details.idempotencyKey == '" + key + "')]").isEmpty());
    }

    @Test
    void whenNonAdminOrOtherCountyReadsAuditThenRefusedOrEmpty() throws Exception {
        mvc.perform(post("/api/v1/sample/notes").header("Authorization", Tokens.cadre())
                        .contentType("application/json").content(Tokens.noteJson(null, Tokens.VILLAGE, "x")))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/sample/audit").header("Authorization", Tokens.cadre())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/sample/audit").header("Authorization", Tokens.villager())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/sample/audit")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/sample/audit").param("size", "500").header("Authorization", Tokens.otherCountyAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.tenant == 'daye')]").isEmpty());
    }

    @Test
    void whenAPageNearTheIntegerLimitIsAskedThenRefusedNamingItInsteadOfAbsurdTotals() throws Exception {
        for (String page : List.of("2147483647", "10001", "-1", "x")) {
            mvc.perform(get("/api/v1/sample/audit").param("page", page).header("Authorization", Tokens.countyAdmin()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.errors[0].field").value("page"));
        }
    }

    @Test
    void whenAQueryParameterCarriesAControlCharacterThenRefusedNamingItBeforeAnyQueryIsBuilt() throws Exception {
        mvc.perform(get("/api/v1/sample/audit").param("target", "/api\u0000").header("Authorization", Tokens.countyAdmin()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("target"));
    }
}
