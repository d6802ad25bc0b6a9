package org.villagegov.council.representative;

import java.util.List;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.council.Callers.cadre;
import static org.villagegov.council.Callers.councilMember;
import static org.villagegov.council.Callers.mediator;

@WebMvcTest(RepresentativeController.class)
class RepresentativeControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Representatives representatives;

    @Test
    void whenACouncilMemberReadsTheRosterThenItsRepresentativesAreShown() throws Exception {
        RepresentativeRoster roster = RepresentativeRoster.of("t-jinhu", "v-baisha");
        roster.replace(List.of(RepresentativeRosterTests.rep("hh-1")), "cadre-1", RepresentativeRosterTests.NOW);
        when(representatives.roster(eq("v-baisha"), any())).thenReturn(roster);
        mvc.perform(get("/api/v1/council/villages/v-baisha/representatives").with(councilMember()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.representatives[0].householdId").value("hh-1"));
    }

    @Test
    void whenAMediatorReadsTheRosterThenForbidden() throws Exception {
        mvc.perform(get("/api/v1/council/villages/v-baisha/representatives").with(mediator()))
                .andExpect(status().isForbidden());
        verifyNoInteractions(representatives);
    }

    @Test
    void whenTheRosterIsEmptyThenBadRequestNamingIt() throws Exception {
        mvc.perform(put("/api/v1/council/villages/v-baisha/representatives").with(cadre()).contentType("application/json")
                        .content("{\"representatives\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("representatives")));
        verifyNoInteractions(representatives);
    }
}
