package org.villagegov.mediation.deadline;

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
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;

/** The overdue list and the follow-ups due, with the deadlines service mocked. */
@WebMvcTest(DeadlineController.class)
class DeadlineControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Deadlines deadlines;

    @Test
    void whenAMediatorAsksForTheOverdueTownshipCasesThenTheyAreListed() throws Exception {
        given(deadlines.overdue(eq(Level.TOWNSHIP), eq(null), any())).willReturn(List.of(CaseFixtures.open(Level.TOWNSHIP)));

        mvc.perform(get("/api/v1/mediation/overdue").param("level", "TOWNSHIP")
                        .with(TestTokens.forTenant(DAYE).roles("mediator").township("t-jinhu").jwt()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].level").value("TOWNSHIP"));
    }

    @Test
    void whenAVillagerAsksForTheFollowUpsThenForbidden() throws Exception {
        mvc.perform(get("/api/v1/mediation/follow-ups").with(TestTokens.forTenant(DAYE).roles("villager").village("v-baisha").jwt()))
                .andExpect(status().isForbidden());
        verifyNoInteractions(deadlines);
    }

    @Test
    void whenTheLevelIsUnknownThenAProblemNamesIt() throws Exception {
        mvc.perform(get("/api/v1/mediation/overdue").param("level", "PROVINCE")
                        .with(TestTokens.forTenant(DAYE).roles("county-admin").jwt()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("level"));
        verifyNoInteractions(deadlines);
    }
}
