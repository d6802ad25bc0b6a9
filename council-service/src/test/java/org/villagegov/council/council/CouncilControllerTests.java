package org.villagegov.council.council;

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

@WebMvcTest(CouncilController.class)
class CouncilControllerTests {

    static final String COUNCIL = """
            {"villageId":"v-baisha","naturalVillageId":"bay-1","name":"Bay council","seats":5}""";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Councils councils;
    @MockitoBean
    CouncilQueries queries;

    @Test
    void whenACadreFormsACouncilThenItIsAnsweredAsItsView() throws Exception {
        when(councils.form(any(), any())).thenReturn(TestCouncils.formed(5));
        mvc.perform(post("/api/v1/council/councils").with(cadre()).contentType("application/json").content(COUNCIL))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.naturalVillageId").value("bay-1"))
                .andExpect(jsonPath("$.seats").value(5));
    }

    @Test
    void whenAVillagerFormsACouncilThenForbidden() throws Exception {
        mvc.perform(post("/api/v1/council/councils").with(villager()).contentType("application/json").content(COUNCIL))
                .andExpect(status().isForbidden());
        verifyNoInteractions(councils);
    }

    @Test
    void whenTooFewSeatsThenBadRequestNamingThem() throws Exception {
        mvc.perform(post("/api/v1/council/councils").with(cadre()).contentType("application/json")
                        .content(COUNCIL.replace("\"seats\":5", "\"seats\":2")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("seats")));
        verifyNoInteractions(councils);
    }
}
