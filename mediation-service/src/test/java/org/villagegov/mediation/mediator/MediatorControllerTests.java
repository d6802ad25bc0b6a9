package org.villagegov.mediation.mediator;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.villagegov.mediation.triage.Category;
import org.villagegov.mediation.triage.Level;
import org.villagegov.platform.test.TestTokens;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;

/** The directory's routes, with the directory mocked. */
@WebMvcTest(MediatorController.class)
class MediatorControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Mediators mediators;

    @Test
    void whenTheCadreReadsAMediatorThenTheEntryWithItsCaseload() throws Exception {
        given(mediators.visible(eq("m-1"), any())).willReturn(new Mediator("m-1", "Wang", "user-1", Level.VILLAGE,
                "t-jinhu", "v-baisha", Set.of(Category.FAMILY), true));
        given(mediators.caseload("m-1")).willReturn(2L);

        mvc.perform(get("/api/v1/mediation/mediators/m-1")
                        .with(TestTokens.forTenant(DAYE).roles("village-cadre").township("t-jinhu").village("v-baisha").jwt()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Wang"))
                .andExpect(jsonPath("$.specialties[0]").value("FAMILY"))
                .andExpect(jsonPath("$.caseload").value(2));
    }

    @Test
    void whenACadreAddsAMediatorThenForbiddenOnlyKeepersDo() throws Exception {
        mvc.perform(post("/api/v1/mediation/mediators").contentType("application/json")
                        .content("{\"name\":\"Wang\",\"userId\":\"u-1\",\"level\":\"VILLAGE\",\"villageId\":\"v-baisha\","
                                + "\"specialties\":[\"FAMILY\"]}")
                        .with(TestTokens.forTenant(DAYE).roles("village-cadre").township("t-jinhu").village("v-baisha").jwt()))
                .andExpect(status().isForbidden());
        verifyNoInteractions(mediators);
    }

    @Test
    void whenAMediatorHasNoSpecialtyThenAProblemNamesTheField() throws Exception {
        mvc.perform(post("/api/v1/mediation/mediators").contentType("application/json")
                        .content("{\"name\":\"Wang\",\"userId\":\"u-1\",\"level\":\"COUNTY\",\"specialties\":[]}")
                        .with(TestTokens.forTenant(DAYE).roles("county-admin").jwt()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("specialties"));
        verifyNoInteractions(mediators);
    }
}
