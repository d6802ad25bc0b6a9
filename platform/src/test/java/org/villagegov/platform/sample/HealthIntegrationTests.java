package org.villagegov.platform.sample;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.villagegov.platform.test.TestTenants;
import org.villagegov.platform.test.TestTokens;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The addresses monitors and probes use tell the truth on a healthy service, and show details to operators only. */
@SampleIntegrationTest
class HealthIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void whenServiceIsHealthyThenHealthReadinessAndLivenessAreUp() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness"}) {
            mvc.perform(get(path)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        }
    }

    @Test
    void whenProbedAnonymouslyThenOnlyTheStatusIsShown() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health/readiness")).andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void whenAnOperatorAsksThenReadinessShowsTheDatabaseTheBrokerAndTheRegistry() throws Exception {
        String operator = TestTokens.forTenant(TestTenants.PLATFORM).roles("platform-operator").bearer();
        mvc.perform(get("/actuator/health/readiness").header("Authorization", operator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.mongo.status").value("UP"))
                .andExpect(jsonPath("$.components.rabbit.status").value("UP"))
                .andExpect(jsonPath("$.components.tenantRegistry.status").value("UP"))
                .andExpect(jsonPath("$.components.readinessState.status").value("UP"))
                .andExpect(jsonPath("$.components.diskSpace").doesNotExist());
        mvc.perform(get("/actuator/health/liveness").header("Authorization", operator))
                .andExpect(jsonPath("$.components.livenessState.status").value("UP"))
                .andExpect(jsonPath("$.components.mongo").doesNotExist());
        mvc.perform(get("/actuator/health").header("Authorization", operator))
                .andExpect(jsonPath("$.components.discoveryComposite").doesNotExist());
    }
}
