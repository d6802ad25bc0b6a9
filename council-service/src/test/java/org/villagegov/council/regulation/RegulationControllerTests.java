package org.villagegov.council.regulation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.council.Callers.cadre;
import static org.villagegov.council.Callers.councilMember;

@WebMvcTest(RegulationController.class)
class RegulationControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Regulations regulations;
    @MockitoBean
    RegulationQueries queries;

    @Test
    void whenACadrePublishesTheAdoptedVersionThenEveryVersionIsShown() throws Exception {
        when(regulations.publish(eq("r-1"), any(), any())).thenReturn(RegulationTests.published());
        mvc.perform(post("/api/v1/council/regulations/r-1/publication").with(cadre()).contentType("application/json")
                        .content("{\"publishedOn\":\"2026-11-22\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versions[0].status").value("PUBLISHED"))
                .andExpect(jsonPath("$.versions[0].vote.votesFor").value(5));
    }

    @Test
    void whenACouncilMemberPublishesThenForbidden() throws Exception {
        mvc.perform(post("/api/v1/council/regulations/r-1/publication").with(councilMember()).contentType("application/json")
                        .content("{\"publishedOn\":\"2026-11-22\"}"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(regulations);
    }

    @Test
    void whenThePublicationDateIsMissingThenBadRequestNamingIt() throws Exception {
        mvc.perform(post("/api/v1/council/regulations/r-1/publication").with(cadre()).contentType("application/json")
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("publishedOn")));
        verifyNoInteractions(regulations);
    }
}
