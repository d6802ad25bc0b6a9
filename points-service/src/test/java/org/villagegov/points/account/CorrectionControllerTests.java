package org.villagegov.points.account;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.villagegov.platform.test.TestTokens;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;

/** The correction routes' binding, roles and answers, with the feature service mocked (no database). */
@WebMvcTest(CorrectionController.class)
class CorrectionControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CorrectionService service;

    static TestTokens inBaisha(String subject, String role) {
        return TestTokens.forTenant(DAYE).subject(subject).roles(role).township("t-jinhu").village("v-baisha");
    }

    @Test
    void whenACadreProposesACorrectionThenItComesBackProposed() throws Exception {
        given(service.propose(eq("hh-1"), eq(5L), eq(Correction.Category.DATA_ENTRY_ERROR), eq("typo"), any()))
                .willReturn(CorrectionTests.proposed(5));

        mvc.perform(post("/api/v1/points/accounts/hh-1/corrections").with(inBaisha("cadre-1", "village-cadre").jwt())
                        .contentType("application/json")
                        .content("{\"amount\":5,\"category\":\"DATA_ENTRY_ERROR\",\"reason\":\"typo\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value("c-1"))
                .andExpect(jsonPath("$.status").value("PROPOSED"))
                .andExpect(jsonPath("$.amount").value(5));
    }

    @Test
    void whenAPointsClerkProposesThenForbidden() throws Exception {
        mvc.perform(post("/api/v1/points/accounts/hh-1/corrections").with(inBaisha("clerk-1", "points-clerk").jwt())
                        .contentType("application/json")
                        .content("{\"amount\":5,\"category\":\"OTHER\",\"reason\":\"typo\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        verifyNoInteractions(service);
    }

    @Test
    void whenTheAmountIsBeyondAThousandThenAProblemNamesIt() throws Exception {
        mvc.perform(post("/api/v1/points/accounts/hh-1/corrections").with(inBaisha("cadre-1", "village-cadre").jwt())
                        .contentType("application/json")
                        .content("{\"amount\":5000,\"category\":\"OTHER\",\"reason\":\"typo\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
        verifyNoInteractions(service);
    }
}
