package org.villagegov.grid.lookup;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.villagegov.grid.GridControllerTest;
import org.villagegov.platform.place.Place;
import org.villagegov.platform.place.PlaceKind;
import org.villagegov.platform.test.TestTokens;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;

@GridControllerTest(LookupController.class)
class LookupControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    LocalPlaceDirectory places;

    @Test
    void whenAServiceAsksAboutAVillageThenItsTownshipNameAndHouseholdCountAnswer() throws Exception {
        Place village = new Place("v-1", PlaceKind.VILLAGE, "Baisha", "t-1", "v-1", null);
        given(places.place("v-1")).willReturn(Optional.of(village));
        given(places.householdCount(village)).willReturn(42L);

        mvc.perform(get("/api/v1/grid/lookup/villages/v-1").with(TestTokens.forTenant(DAYE).roles("service").jwt()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.villageId").value("v-1"))
                .andExpect(jsonPath("$.townshipId").value("t-1"))
                .andExpect(jsonPath("$.name").value("Baisha"))
                .andExpect(jsonPath("$.householdCount").value(42));
    }

    @Test
    void whenAProvincialAdminAsksThenForbidden() throws Exception {
        mvc.perform(get("/api/v1/grid/lookup/villages/v-1").with(TestTokens.forTenant(DAYE).roles("provincial-admin").jwt()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        verifyNoInteractions(places);
    }

    @Test
    void whenTheHouseholdListIsMissingThenAProblemNamesHouseholdIds() throws Exception {
        mvc.perform(post("/api/v1/grid/lookup/households").with(TestTokens.forTenant(DAYE).roles("service").jwt())
                        .contentType("application/json").content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("householdIds"));
        verifyNoInteractions(places);
    }
}
