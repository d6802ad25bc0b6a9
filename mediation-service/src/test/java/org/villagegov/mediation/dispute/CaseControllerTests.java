package org.villagegov.mediation.dispute;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.villagegov.mediation.triage.Level;
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

/** The case routes' binding, role rules and views, with the feature service mocked (no database). */
@WebMvcTest(CaseController.class)
class CaseControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Cases cases;

    private static TestTokens cadre() {
        return TestTokens.forTenant(DAYE).subject("cadre-1").roles("village-cadre").township("t-jinhu").village("v-baisha");
    }

    @Test
    void whenTheCadreAcceptsACaseThenTheStepIsTakenAndTheCaseShown() throws Exception {
        given(cases.accept(eq("c-1"), any())).willReturn(CaseFixtures.inMediation(Level.VILLAGE));

        mvc.perform(post("/api/v1/mediation/cases/c-1/accept").with(cadre().jwt()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_MEDIATION"))
                .andExpect(jsonPath("$.assignments[0].mediatorId").value("m-1"))
                .andExpect(jsonPath("$.parties[0].householdId").value("hh-1"))
                .andExpect(jsonPath("$.overdue").value(false));
    }

    @Test
    void whenTheCasesAreListedThenOnePageWithTheTotals() throws Exception {
        given(cases.page(any(), any(), any())).willReturn(
                new PageImpl<>(List.of(CaseFixtures.open(Level.VILLAGE)), PageRequest.of(0, 20), 1));

        mvc.perform(get("/api/v1/mediation/cases").with(cadre().jwt()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].level").value("VILLAGE"))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.totalPages").value(1));
    }

    @Test
    void whenAVillagerAcceptsACaseThenForbiddenBeforeTheServiceIsAsked() throws Exception {
        mvc.perform(post("/api/v1/mediation/cases/c-1/accept")
                        .with(TestTokens.forTenant(DAYE).subject("villager-1").roles("villager").village("v-baisha").jwt()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        verifyNoInteractions(cases);
    }

    @Test
    void whenASessionLacksItsNotesThenAProblemNamesTheField() throws Exception {
        mvc.perform(post("/api/v1/mediation/cases/c-1/sessions").with(cadre().jwt()).contentType("application/json")
                        .content("{\"heldOn\":\"2026-11-24\",\"attendees\":[\"both heads\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("notes"));
        verifyNoInteractions(cases);
    }

    @Test
    void whenThePageSizeIsOutOfBoundsThenAProblemNamesIt() throws Exception {
        mvc.perform(get("/api/v1/mediation/cases").param("size", "201").with(cadre().jwt()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        verifyNoInteractions(cases);
    }
}
