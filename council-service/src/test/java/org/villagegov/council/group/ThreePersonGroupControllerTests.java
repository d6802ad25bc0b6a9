package org.villagegov.council.group;

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
import static org.villagegov.council.Callers.mediator;
import static org.villagegov.council.Callers.villager;

@WebMvcTest(ThreePersonGroupController.class)
class ThreePersonGroupControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ThreePersonGroups groups;
    @MockitoBean
    ThreePersonGroupQueries queries;

    @Test
    void whenAVillagerReadsAGroupThenItsCurrentCompositionIsShown() throws Exception {
        ThreePersonGroup group = ThreePersonGroup.of("g-1", "t-jinhu", "v-baisha");
        group.compose("Group 1", ThreePersonGroupTests.person("Li"), ThreePersonGroupTests.person("Wang"),
                ThreePersonGroupTests.person("Zhao"), ThreePersonGroupTests.SINCE, "cadre-1", ThreePersonGroupTests.NOW);
        when(queries.visible(eq("g-1"), any())).thenReturn(group);
        mvc.perform(get("/api/v1/council/three-person-groups/g-1").with(villager()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.current.leader.name").value("Li"))
                .andExpect(jsonPath("$.history").isArray());
    }

    @Test
    void whenAMediatorReadsAGroupThenForbidden() throws Exception {
        mvc.perform(get("/api/v1/council/three-person-groups/g-1").with(mediator())).andExpect(status().isForbidden());
        verifyNoInteractions(queries);
    }

    @Test
    void whenTheStartIsMissingThenBadRequestNamingIt() throws Exception {
        mvc.perform(put("/api/v1/council/three-person-groups/g-1").with(cadre()).contentType("application/json").content("""
                        {"villageId":"v-baisha","groupName":"G","leader":{"name":"Li"},
                         "partyMemberRepresentative":{"name":"Wang"},"villagersRepresentative":{"name":"Zhao"}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("since")));
        verifyNoInteractions(groups);
    }
}
