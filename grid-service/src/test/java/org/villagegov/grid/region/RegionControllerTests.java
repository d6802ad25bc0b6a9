package org.villagegov.grid.region;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.villagegov.grid.GridControllerTest;
import org.villagegov.platform.test.TestTokens;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;

@GridControllerTest(RegionController.class)
class RegionControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Regions regions;

    @Test
    void whenAVillagerReadsTheTreeThenItIsNestedTownshipsFirst() throws Exception {
        Region township = Region.create("t-1", Region.Kind.TOWNSHIP, "Jinhu", null, Instant.EPOCH);
        Region village = Region.create("v-1", Region.Kind.VILLAGE, "Baisha", township, Instant.EPOCH);
        given(regions.tree()).willReturn(RegionTree.of(List.of(village, township)));

        mvc.perform(get("/api/v1/grid/regions/tree").with(TestTokens.forTenant(DAYE).roles("villager")
                        .township("t-1").village("v-1").jwt()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value("t-1"))
                .andExpect(jsonPath("$[0].kind").value("TOWNSHIP"))
                .andExpect(jsonPath("$[0].children[0].name").value("Baisha"))
                .andExpect(jsonPath("$[0].children[0].children").isEmpty());
    }

    @Test
    void whenACadreAddsARegionThenForbidden() throws Exception {
        mvc.perform(post("/api/v1/grid/regions").with(TestTokens.forTenant(DAYE).roles("village-cadre")
                        .township("t-1").village("v-1").jwt())
                        .contentType("application/json").content("{\"kind\":\"TOWNSHIP\",\"name\":\"Anle\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        verifyNoInteractions(regions);
    }

    @Test
    void whenTheIdIsNotLowercaseLettersDigitsAndDashesThenAProblemNamesIdAndNothingIsCreated() throws Exception {
        mvc.perform(post("/api/v1/grid/regions").with(TestTokens.forTenant(DAYE).roles("county-admin").jwt())
                        .contentType("application/json").content("{\"id\":\"Bad Id!\",\"kind\":\"TOWNSHIP\",\"name\":\"Anle\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("id"));
        verifyNoInteractions(regions);
    }
}
