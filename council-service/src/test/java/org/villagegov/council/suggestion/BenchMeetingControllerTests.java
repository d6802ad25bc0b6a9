package org.villagegov.council.suggestion;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.council.Callers.cadre;
import static org.villagegov.council.Callers.villager;

@WebMvcTest(BenchMeetingController.class)
class BenchMeetingControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    BenchMeetings meetings;
    @MockitoBean
    BenchMeetingQueries queries;

    @Test
    void whenACadreListsBenchMeetingsThenOnePageOfViews() throws Exception {
        BenchMeeting meeting = BenchMeeting.hold("t-jinhu", "v-baisha", SuggestionTests.TODAY, "Courtyard",
                List.of("hh-1"), List.of("s-1"), "minutes", "cadre-1", SuggestionTests.NOW);
        when(queries.list(any(), any(), any())).thenReturn(new PageImpl<>(List.of(meeting), PageRequest.of(0, 20), 1));
        mvc.perform(get("/api/v1/council/bench-meetings").with(cadre()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].place").value("Courtyard"))
                .andExpect(jsonPath("$.totalItems").value(1));
    }

    @Test
    void whenAVillagerListsBenchMeetingsThenForbidden() throws Exception {
        mvc.perform(get("/api/v1/council/bench-meetings").with(villager())).andExpect(status().isForbidden());
        verifyNoInteractions(queries);
    }

    @Test
    void whenNobodyIsRecordedPresentThenBadRequestNamingTheHouseholds() throws Exception {
        mvc.perform(post("/api/v1/council/bench-meetings").with(cadre()).contentType("application/json").content("""
                        {"villageId":"v-baisha","heldOn":"2026-11-20","place":"Courtyard","householdIds":[],
                         "suggestionIds":["s-1"],"minutes":"m"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("householdIds")));
        verifyNoInteractions(meetings);
    }
}
