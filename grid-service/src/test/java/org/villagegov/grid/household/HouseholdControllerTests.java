package org.villagegov.grid.household;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.villagegov.grid.GridControllerTest;
import org.villagegov.platform.test.TestTokens;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;

@GridControllerTest(HouseholdController.class)
class HouseholdControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    HouseholdFiles files;

    private static TestTokens inVillage(String subject, String role) {
        return TestTokens.forTenant(DAYE).subject(subject).roles(role).township("t-1").village("v-1");
    }

    private static Household household() {
        return Household.register("h-1", "t-1", "v-1", null, null, "1 Bay Road", "Wang Wei", "villager-1",
                List.of(new Resident("Alice", "11010519491231002X", "13812345678", 1949, false)), Set.of(Tag.DISABLED),
                "cadre-v1", Instant.parse("2026-11-24T02:00:00Z"));
    }

    @Test
    void whenAGridWorkerReadsAHouseholdThenItsFileIsShownWithPersonalDataMasked() throws Exception {
        given(files.visible(eq("h-1"), any())).willReturn(household());

        mvc.perform(get("/api/v1/grid/households/h-1").with(inVillage("grid-v1", "grid-worker").jwt()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("h-1"))
                .andExpect(jsonPath("$.residents[0].idNumber").value("110105********002X"))
                .andExpect(jsonPath("$.residents[0].phone").value("138****5678"))
                .andExpect(jsonPath("$.history[0].what").value("registered"))
                .andExpect(jsonPath("$.history[0].by").value("cadre-v1"));
    }

    @Test
    void whenAGridWorkerMovesAHouseholdThenForbiddenAndNothingMoves() throws Exception {
        mvc.perform(post("/api/v1/grid/households/h-1/move").with(inVillage("grid-v1", "grid-worker").jwt())
                        .contentType("application/json").content("{\"villageId\":\"v-2\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        verifyNoInteractions(files);
    }

    @Test
    void whenTheHeadIsLeftBlankThenAProblemNamesHeadNameAndNothingIsRegistered() throws Exception {
        mvc.perform(post("/api/v1/grid/households").with(inVillage("cadre-v1", "village-cadre").jwt())
                        .contentType("application/json")
                        .content("{\"villageId\":\"v-1\",\"address\":\"1 Bay Road\",\"headName\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("headName"));
        verify(files, never()).register(any(), any());
    }

    @Test
    void whenAPageBeyondTheBoundIsAskedThenAProblemNamesPage() throws Exception {
        mvc.perform(get("/api/v1/grid/households").param("page", "100001")
                        .with(inVillage("cadre-v1", "village-cadre").jwt()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        verifyNoInteractions(files);
    }
}
