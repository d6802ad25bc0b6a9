package org.villagegov.mediation.intake;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;

/** Opening a case: binding, role rule and the view, with intake mocked (no grid-service, no database). */
@WebMvcTest(IntakeController.class)
class IntakeControllerTests {

    private static final String WALK_IN = """
            {"source":"WALK_IN","category":"DEBT","description":"an unpaid loan","amount":500,
             "parties":[{"kind":"HOUSEHOLD","householdId":"hh-1"},{"kind":"HOUSEHOLD","householdId":"hh-2"}]}
            """;

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Intake intake;

    @Test
    void whenTheCadreOpensAWalkInThenCreatedWithTheTriagedCase() throws Exception {
        given(intake.file(any(), any())).willReturn(CaseFixtures.open(Level.TOWNSHIP));

        mvc.perform(post("/api/v1/mediation/cases").contentType("application/json").content(WALK_IN)
                        .with(TestTokens.forTenant(DAYE).roles("village-cadre").township("t-jinhu").village("v-baisha").jwt()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.level").value("TOWNSHIP"))
                .andExpect(jsonPath("$.status").value("OPEN"));
    }

    @Test
    void whenAGridWorkerOpensACaseThenForbidden() throws Exception {
        mvc.perform(post("/api/v1/mediation/cases").contentType("application/json").content(WALK_IN)
                        .with(TestTokens.forTenant(DAYE).roles("grid-worker").village("v-baisha").jwt()))
                .andExpect(status().isForbidden());
        verifyNoInteractions(intake);
    }

    @Test
    void whenTheCategoryIsMissingThenAProblemNamesIt() throws Exception {
        mvc.perform(post("/api/v1/mediation/cases").contentType("application/json")
                        .content(WALK_IN.replace("\"category\":\"DEBT\",", ""))
                        .with(TestTokens.forTenant(DAYE).roles("county-admin").jwt()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("category"));
        verifyNoInteractions(intake);
    }
}
