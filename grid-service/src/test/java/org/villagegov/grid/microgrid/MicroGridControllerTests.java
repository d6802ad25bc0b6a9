package org.villagegov.grid.microgrid;

import java.time.Instant;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;

@GridControllerTest(MicroGridController.class)
class MicroGridControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    MicroGrids grids;

    @Test
    void whenAGridWorkerReadsTheirGridThenItsWorkerAndFormerWorkersAreShown() throws Exception {
        MicroGrid grid = MicroGrid.create("mg-1", "t-1", "v-1", "East lane", "grid-v1", "Li Na",
                Instant.parse("2026-11-01T02:00:00Z"));
        grid.assignWorker("grid-v2", "Zhao Lei", Instant.parse("2026-11-24T02:00:00Z"));
        given(grids.visible(eq("mg-1"), any())).willReturn(grid);

        mvc.perform(get("/api/v1/grid/micro-grids/mg-1").with(TestTokens.forTenant(DAYE).subject("grid-v2")
                        .roles("grid-worker").township("t-1").village("v-1").jwt()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.worker.subject").value("grid-v2"))
                .andExpect(jsonPath("$.formerWorkers[0].subject").value("grid-v1"))
                .andExpect(jsonPath("$.formerWorkers[0].until").value("2026-11-24T02:00:00Z"))
                .andExpect(jsonPath("$.households").value(0));
    }

    @Test
    void whenACadreChangesTheCountysLimitThenForbidden() throws Exception {
        mvc.perform(put("/api/v1/grid/settings").with(TestTokens.forTenant(DAYE).roles("village-cadre")
                        .township("t-1").village("v-1").jwt())
                        .contentType("application/json").content("{\"maxHouseholdsPerMicroGrid\":20}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        verifyNoInteractions(grids);
    }

    @Test
    void whenTheLimitIsBelowTenThenAProblemNamesItAndNothingChanges() throws Exception {
        mvc.perform(put("/api/v1/grid/settings").with(TestTokens.forTenant(DAYE).roles("county-admin").jwt())
                        .contentType("application/json").content("{\"maxHouseholdsPerMicroGrid\":5}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("maxHouseholdsPerMicroGrid"));
        verifyNoInteractions(grids);
    }
}
