package org.villagegov.grid.visit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.villagegov.grid.GridControllerTest;
import org.villagegov.platform.test.TestTokens;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;

@GridControllerTest(VisitController.class)
class VisitControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Visits visits;

    private static TestTokens cadre() {
        return TestTokens.forTenant(DAYE).subject("cadre-v1").roles("village-cadre").township("t-1").village("v-1");
    }

    @Test
    void whenACadreReadsTheVillagesCoverageThenTheWeeksFiguresAreShown() throws Exception {
        given(visits.coverage(eq("v-1"), any())).willReturn(Visits.Coverage.of(4, 1));

        mvc.perform(get("/api/v1/grid/visits/coverage").param("villageId", "v-1").with(cadre().jwt()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pairedHouseholds").value(4))
                .andExpect(jsonPath("$.contactedThisWeek").value(3))
                .andExpect(jsonPath("$.overdue").value(1))
                .andExpect(jsonPath("$.coveragePercent").value(75.0));
    }

    @Test
    void whenTheCountyAdminLogsAVisitThenForbidden() throws Exception {
        mvc.perform(post("/api/v1/grid/visits").with(TestTokens.forTenant(DAYE).roles("county-admin").jwt())
                        .contentType("application/json").content("{\"householdId\":\"h-1\",\"visitedOn\":\"2026-11-24\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        verifyNoInteractions(visits);
    }

    @Test
    void whenTheDayVisitedIsMissingThenAProblemNamesVisitedOnAndNothingIsLogged() throws Exception {
        mvc.perform(post("/api/v1/grid/visits").with(cadre().jwt())
                        .contentType("application/json").content("{\"householdId\":\"h-1\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("visitedOn"));
        verifyNoInteractions(visits);
    }
}
