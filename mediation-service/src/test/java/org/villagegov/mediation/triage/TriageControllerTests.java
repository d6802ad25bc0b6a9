package org.villagegov.mediation.triage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.villagegov.platform.test.TestTokens;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;

/** The county's rules: read by the staff, changed by the county admin; the rules service mocked. */
@WebMvcTest(TriageController.class)
class TriageControllerTests {

    private static final String CHANGE = """
            {"categoryLevels":{"LAND":"COUNTY"},"villageMaxAmount":500,"townshipMaxAmount":1000,
             "severalVillagesToTownship":true,"outsidersToTownship":false,"acceptanceDays":%d,"resolutionDays":30,
             "followUpDays":30}
            """;

    @Autowired
    MockMvc mvc;
    /** Mocked, so its start-up listener (the default rules of every county) runs on the mock: check the change only. */
    @MockitoBean
    TriageRules rules;

    @Test
    void whenACadreReadsTheRulesThenTheCountysLevelsAndDeadlines() throws Exception {
        given(rules.current()).willReturn(CountyRules.defaults());

        mvc.perform(get("/api/v1/mediation/rules")
                        .with(TestTokens.forTenant(DAYE).roles("village-cadre").township("t-jinhu").village("v-baisha").jwt()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.categoryLevels.LAND").value("TOWNSHIP"))
                .andExpect(jsonPath("$.acceptanceDays").value(3))
                .andExpect(jsonPath("$.failedDays").value(7));
    }

    @Test
    void whenATownshipOfficerChangesTheRulesThenForbidden() throws Exception {
        mvc.perform(put("/api/v1/mediation/rules").contentType("application/json").content(CHANGE.formatted(3))
                        .with(TestTokens.forTenant(DAYE).roles("township-officer").township("t-jinhu").jwt()))
                .andExpect(status().isForbidden());
        verify(rules, never()).change(any(), any());
    }

    @Test
    void whenTheAcceptanceDaysAreTooManyThenAProblemNamesThem() throws Exception {
        mvc.perform(put("/api/v1/mediation/rules").contentType("application/json").content(CHANGE.formatted(99))
                        .with(TestTokens.forTenant(DAYE).roles("county-admin").jwt()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("acceptanceDays"));
        verify(rules, never()).change(any(), any());
    }
}
