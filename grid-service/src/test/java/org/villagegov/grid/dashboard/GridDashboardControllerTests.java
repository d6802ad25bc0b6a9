package org.villagegov.grid.dashboard;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.villagegov.grid.GridControllerTest;
import org.villagegov.grid.dashboard.GridDashboard.GridFigures;
import org.villagegov.platform.test.TestTokens;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;

/** The dashboard takes no input: allowed, refused and unauthenticated calls. */
@GridControllerTest(GridDashboardController.class)
class GridDashboardControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    GridDashboard dashboard;

    @Test
    void whenATownshipOfficerReadsTheDashboardThenTheirFiguresAreShown() throws Exception {
        given(dashboard.county(any())).willReturn(new GridFigures(1, 2, 30, 3, 24, 80.0, 10, 7, 70.0, 2, 1, 0));

        mvc.perform(get("/api/v1/grid/dashboard").with(TestTokens.forTenant(DAYE).roles("township-officer")
                        .township("t-1").jwt()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.households").value(30))
                .andExpect(jsonPath("$.gridCoveragePercent").value(80.0))
                .andExpect(jsonPath("$.weeklyVisitCoveragePercent").value(70.0));
    }

    @Test
    void whenACadreReadsTheDashboardThenForbidden() throws Exception {
        mvc.perform(get("/api/v1/grid/dashboard").with(TestTokens.forTenant(DAYE).roles("village-cadre")
                        .township("t-1").village("v-1").jwt()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        verifyNoInteractions(dashboard);
    }

    @Test
    void whenNobodySignedInReadsTheDashboardThenUnauthorized() throws Exception {
        mvc.perform(get("/api/v1/grid/dashboard"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        verifyNoInteractions(dashboard);
    }
}
