package org.villagegov.council.election;

import java.time.Instant;

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
import static org.villagegov.council.Callers.councilMember;
import static org.villagegov.council.Callers.villager;

@WebMvcTest(ElectionController.class)
class ElectionControllerTests {

    static final String BALLOT = """
            {"householdId":"hh-1","candidateIds":["c-1"]}""";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Elections elections;
    @MockitoBean
    ElectionQueries queries;

    @Test
    void whenAHeadCastsTheHouseholdsBallotThenTheReceiptNeverShowsTheChoices() throws Exception {
        when(elections.cast(eq("e-1"), any(), any())).thenReturn(Participation.of("e-1", "hh-1",
                Participation.Channel.ONLINE, "villager-1", null, null, Instant.parse("2026-11-24T03:00:00Z")));
        mvc.perform(post("/api/v1/council/elections/e-1/ballots").with(villager()).contentType("application/json")
                        .content(BALLOT))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.ballotId").value("e-1:hh-1"))
                .andExpect(jsonPath("$.channel").value("ONLINE"))
                .andExpect(jsonPath("$.candidateIds").doesNotExist());
    }

    @Test
    void whenACouncilMemberCastsABallotThenForbidden() throws Exception {
        mvc.perform(post("/api/v1/council/elections/e-1/ballots").with(councilMember()).contentType("application/json")
                        .content(BALLOT))
                .andExpect(status().isForbidden());
        verifyNoInteractions(elections);
    }

    @Test
    void whenABallotChoosesNobodyThenBadRequestNamingTheChoices() throws Exception {
        mvc.perform(post("/api/v1/council/elections/e-1/ballots").with(villager()).contentType("application/json")
                        .content(BALLOT.replace("[\"c-1\"]", "[]")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("candidateIds")));
        verifyNoInteractions(elections);
    }
}
