package org.villagegov.council.matter;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.council.Callers.cadre;
import static org.villagegov.council.Callers.gridWorker;

@WebMvcTest(MatterController.class)
class MatterControllerTests {

    static final String PROPOSAL = """
            {"villageId":"v-baisha","title":"Road to the bay","kind":"PUBLIC_WORKS","amount":180000,
             "heldOn":"2026-11-14","minutes":"The branch proposes"}""";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Matters matters;
    @MockitoBean
    MatterQueries queries;

    @Test
    void whenACadreProposesThenTheMatterIsAnsweredAsItsView() throws Exception {
        when(matters.propose(any(), any())).thenReturn(MatterTests.proposed());
        mvc.perform(post("/api/v1/council/matters").with(cadre()).contentType("application/json").content(PROPOSAL))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.stage").value("PROPOSAL"))
                .andExpect(jsonPath("$.steps[0].stage").value("PROPOSAL"));
    }

    @Test
    void whenAGridWorkerProposesThenForbidden() throws Exception {
        mvc.perform(post("/api/v1/council/matters").with(gridWorker()).contentType("application/json").content(PROPOSAL))
                .andExpect(status().isForbidden());
        verifyNoInteractions(matters);
    }

    @Test
    void whenTheTitleIsMissingThenBadRequestNamingIt() throws Exception {
        mvc.perform(post("/api/v1/council/matters").with(cadre()).contentType("application/json")
                        .content(PROPOSAL.replace("\"title\":\"Road to the bay\",", "")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem("title")));
        verifyNoInteractions(matters);
    }

    @Test
    void whenTheVillageFilterIsNoIdThenBadRequestNamingItBeforeAnyLookup() throws Exception {
        mvc.perform(get("/api/v1/council/matters").with(cadre()).queryParam("villageId", "../../lookup/places/v-baisha"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem("villageId")));
        verifyNoInteractions(queries);
    }
}
