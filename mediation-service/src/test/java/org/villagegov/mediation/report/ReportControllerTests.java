package org.villagegov.mediation.report;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.villagegov.mediation.dispute.CaseFixtures;
import org.villagegov.mediation.triage.Level;
import org.villagegov.platform.test.TestTokens;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;

/** The figures' routes, with the figures service mocked. */
@WebMvcTest(ReportController.class)
class ReportControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    MediationFigures figures;

    @Test
    void whenTheCountyAdminReadsTheReportThenTheCountysFigures() throws Exception {
        given(figures.county(any())).willReturn(Figures.of(List.of(CaseFixtures.agreed(Level.VILLAGE)), CaseFixtures.TODAY));

        mvc.perform(get("/api/v1/mediation/report").with(TestTokens.forTenant(DAYE).roles("county-admin").jwt()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cases").value(1))
                .andExpect(jsonPath("$.agreements").value(1))
                .andExpect(jsonPath("$.byLevel.VILLAGE").value(1));
    }

    @Test
    void whenACadreOrAProvincialAdminAsksForTheCountyReportThenForbidden() throws Exception {
        mvc.perform(get("/api/v1/mediation/report")
                        .with(TestTokens.forTenant(DAYE).roles("village-cadre").township("t-jinhu").village("v-baisha").jwt()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/mediation/report")
                        .with(TestTokens.forTenant("platform").roles("provincial-admin").province("hubei").jwt()))
                .andExpect(status().isForbidden());
        verifyNoInteractions(figures);
    }

    @Test
    void whenNoTokenIsSentThenUnauthorized() throws Exception {
        mvc.perform(get("/api/v1/mediation/report")).andExpect(status().isUnauthorized());
        verifyNoInteractions(figures);
    }
}
