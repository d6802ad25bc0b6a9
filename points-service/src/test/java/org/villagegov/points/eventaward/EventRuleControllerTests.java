package org.villagegov.points.eventaward;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.villagegov.platform.test.TestTokens;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;

/** The event mapping routes' binding, roles and answers, with the feature service mocked (no database). */
@WebMvcTest(EventRuleController.class)
class EventRuleControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    EventRules mapping;

    @Test
    void whenAPointsClerkReadsTheMappingThenEveryEventTypeComesBack() throws Exception {
        given(mapping.all()).willReturn(List.of(
                new EventRule("meeting.attended", "meeting-attendance", true, "system", Instant.EPOCH),
                new EventRule("visit.logged", "visit-received", false, "system", Instant.EPOCH)));

        mvc.perform(get("/api/v1/points/event-rules")
                        .with(TestTokens.forTenant(DAYE).roles("points-clerk").township("t-jinhu").village("v-baisha").jwt()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].eventType").value("meeting.attended"))
                .andExpect(jsonPath("$[1].enabled").value(false))
                .andExpect(jsonPath("$[0].changedBy").doesNotExist());
    }

    @Test
    void whenACadreChangesTheMappingThenForbidden() throws Exception {
        mvc.perform(put("/api/v1/points/event-rules/visit.logged")
                        .with(TestTokens.forTenant(DAYE).roles("village-cadre").township("t-jinhu").village("v-baisha").jwt())
                        .contentType("application/json").content("{\"ruleCode\":\"visit-received\",\"enabled\":true}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        verifyNoInteractions(mapping);
    }

    @Test
    void whenEnabledIsMissingThenAProblemNamesIt() throws Exception {
        mvc.perform(put("/api/v1/points/event-rules/visit.logged").with(TestTokens.forTenant(DAYE).roles("county-admin").jwt())
                        .contentType("application/json").content("{\"ruleCode\":\"visit-received\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("enabled"));
        verifyNoInteractions(mapping);
    }
}
