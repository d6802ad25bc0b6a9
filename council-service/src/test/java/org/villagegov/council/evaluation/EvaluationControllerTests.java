package org.villagegov.council.evaluation;

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
import static org.villagegov.council.Callers.countyAdmin;
import static org.villagegov.council.Callers.townshipOfficer;

@WebMvcTest(EvaluationController.class)
class EvaluationControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Evaluations evaluations;
    @MockitoBean
    EvaluationQueries queries;

    @Test
    void whenTheCountyAdminRanksAYearThenTheRankingIsShown() throws Exception {
        when(evaluations.rank(eq(2025), any(), any())).thenReturn(EvaluationTests.ranked());
        mvc.perform(post("/api/v1/council/evaluations/2025/ranking").with(countyAdmin()).contentType("application/json")
                        .content("{\"advancedCouncils\":2,\"outstandingMembers\":2}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.ranking[0].councilId").value("c-c"))
                .andExpect(jsonPath("$.outstandingMembers[0].memberId").value("m-2"));
    }

    @Test
    void whenATownshipOfficerRanksThenForbidden() throws Exception {
        mvc.perform(post("/api/v1/council/evaluations/2025/ranking").with(townshipOfficer()).contentType("application/json")
                        .content("{\"advancedCouncils\":2,\"outstandingMembers\":2}"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(evaluations);
    }

    @Test
    void whenANegativeNumberOfAwardsIsAskedThenBadRequestNamingIt() throws Exception {
        mvc.perform(post("/api/v1/council/evaluations/2025/ranking").with(countyAdmin()).contentType("application/json")
                        .content("{\"advancedCouncils\":-1,\"outstandingMembers\":2}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("advancedCouncils")));
        verifyNoInteractions(evaluations);
    }
}
