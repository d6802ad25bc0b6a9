package org.villagegov.council.report;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.council.Callers.cadre;
import static org.villagegov.council.Callers.countyAdmin;

/** The report has no input of its own to refuse; its slice checks who may read it and the shape of the answer. */
@WebMvcTest(CouncilReportController.class)
class CouncilReportControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CouncilFigures figures;

    @Test
    void whenTheCountyAdminReadsTheReportThenTheFourGroupsOfFiguresAreShown() throws Exception {
        when(figures.inScopeOf(any())).thenReturn(new CouncilFigures.Figures(
                new CouncilFigures.Matters(1, Map.of("PROPOSAL", 1L), 0, 0, 0),
                new CouncilFigures.Suggestions(2, 1, 1, 1, 0, 50.0),
                new CouncilFigures.Elections(1, 30, 40, 75.0), new CouncilFigures.Councils(1, 1, 2025, 1)));
        mvc.perform(get("/api/v1/council/report").with(countyAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.elections.turnoutPercent").value(75.0))
                .andExpect(jsonPath("$.matters.inProgressByStage.PROPOSAL").value(1));
    }

    @Test
    void whenACadreReadsTheCountyReportThenForbidden() throws Exception {
        mvc.perform(get("/api/v1/council/report").with(cadre())).andExpect(status().isForbidden());
        verifyNoInteractions(figures);
    }
}
