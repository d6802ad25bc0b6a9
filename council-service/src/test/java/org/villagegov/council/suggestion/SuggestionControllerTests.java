package org.villagegov.council.suggestion;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.council.Callers.cadre;
import static org.villagegov.council.Callers.villager;

@WebMvcTest(SuggestionController.class)
class SuggestionControllerTests {

    static final String SUGGESTION = """
            {"householdId":"hh-1","title":"Street light","content":"The lane is dark"}""";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Suggestions suggestions;
    @MockitoBean
    SuggestionQueries queries;

    @Test
    void whenAVillagerRaisesASuggestionThenItIsAnsweredAsItsView() throws Exception {
        when(suggestions.raise(any(), any())).thenReturn(SuggestionTests.raised());
        mvc.perform(post("/api/v1/council/suggestions").with(villager()).contentType("application/json").content(SUGGESTION))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("RAISED"))
                .andExpect(jsonPath("$.householdId").value("hh-1"));
    }

    @Test
    void whenACadreRaisesASuggestionThenForbidden() throws Exception {
        mvc.perform(post("/api/v1/council/suggestions").with(cadre()).contentType("application/json").content(SUGGESTION))
                .andExpect(status().isForbidden());
        verifyNoInteractions(suggestions);
    }

    @Test
    void whenTheTitleIsBlankThenBadRequestNamingIt() throws Exception {
        mvc.perform(post("/api/v1/council/suggestions").with(villager()).contentType("application/json")
                        .content(SUGGESTION.replace("Street light", " ")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("title")));
        verifyNoInteractions(suggestions);
    }
}
