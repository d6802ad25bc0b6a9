package org.villagegov.points.lists;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.villagegov.platform.test.TestTokens;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;

/** The list routes' binding, roles and answers, with the feature service mocked (no database). */
@WebMvcTest(ListController.class)
class ListControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Lists lists;

    static TestTokens inBaisha(String subject, String role) {
        return TestTokens.forTenant(DAYE).subject(subject).roles(role).township("t-jinhu").village("v-baisha");
    }

    @Test
    void whenACadreComputesTheListsThenTheCountsComeBack() throws Exception {
        given(lists.compute(isNull(), eq("v-baisha"), eq(LocalDate.of(2026, 11, 1)), eq(LocalDate.of(2026, 11, 30)), any()))
                .willReturn(new Lists.Computed(2, 1, 3));

        mvc.perform(post("/api/v1/points/lists/computations").with(inBaisha("cadre-1", "village-cadre").jwt())
                        .contentType("application/json")
                        .content("{\"villageId\":\"v-baisha\",\"periodStart\":\"2026-11-01\",\"periodEnd\":\"2026-11-30\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.red").value(2))
                .andExpect(jsonPath("$.black").value(1))
                .andExpect(jsonPath("$.alreadyListed").value(3));
    }

    @Test
    void whenAVillagerDesignatesThenForbidden() throws Exception {
        mvc.perform(post("/api/v1/points/lists/designations").with(inBaisha("villager-1", "villager").jwt())
                        .contentType("application/json").content("""
                                {"householdId":"hh-1","kind":"RED","reason":"model family","periodStart":"2026-01-01","periodEnd":"2026-12-31"}
                                """))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        verifyNoInteractions(lists);
    }

    @Test
    void whenTheVillageIsMissingThenAProblemNamesIt() throws Exception {
        mvc.perform(post("/api/v1/points/lists/computations").with(inBaisha("cadre-1", "village-cadre").jwt())
                        .contentType("application/json").content("{\"periodStart\":\"2026-11-01\",\"periodEnd\":\"2026-11-30\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("villageId"));
        verifyNoInteractions(lists);
    }
}
