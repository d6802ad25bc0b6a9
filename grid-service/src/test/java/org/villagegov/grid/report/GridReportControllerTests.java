package org.villagegov.grid.report;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.villagegov.grid.GridControllerTest;
import org.villagegov.platform.test.TestTokens;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;

@GridControllerTest(GridReportController.class)
class GridReportControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    GridReports reports;

    private static TestTokens inVillage(String subject, String role) {
        return TestTokens.forTenant(DAYE).subject(subject).roles(role).township("t-1").village("v-1");
    }

    @Test
    void whenACadreAcceptsADisputeThenTheViewSaysItWentToMediation() throws Exception {
        GridReport dispute = GridReport.report("r-1", "t-1", "v-1", GridReport.Category.DISPUTE, List.of("h-1"),
                "a quarrel", List.of(), "grid-v1", Instant.parse("2026-11-24T02:00:00Z"));
        dispute.accept(Instant.parse("2026-11-24T03:00:00Z"));
        given(reports.accept(eq("r-1"), any())).willReturn(dispute);

        mvc.perform(post("/api/v1/grid/reports/r-1/accept").with(inVillage("cadre-v1", "village-cadre").jwt()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("TRANSFERRED"))
                .andExpect(jsonPath("$.transferredTo").value("mediation"))
                .andExpect(jsonPath("$.reporter").value("grid-v1"))
                .andExpect(jsonPath("$.householdIds[0]").value("h-1"));
    }

    @Test
    void whenAGridWorkerAcceptsAReportThenForbidden() throws Exception {
        mvc.perform(post("/api/v1/grid/reports/r-1/accept").with(inVillage("grid-v1", "grid-worker").jwt()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        verifyNoInteractions(reports);
    }

    @Test
    void whenARatingIsAboveFiveThenAProblemNamesRatingAndNothingIsRated() throws Exception {
        mvc.perform(post("/api/v1/grid/reports/r-1/rate").with(inVillage("grid-v1", "grid-worker").jwt())
                        .contentType("application/json").content("{\"rating\":6}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("rating"));
        verify(reports, never()).rate(any(), anyInt(), any());
    }
}
