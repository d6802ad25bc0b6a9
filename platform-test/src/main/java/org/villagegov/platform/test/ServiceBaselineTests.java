package org.villagegov.platform.test;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What every service must show before its domain exists: health, readiness and liveness UP to
 * anonymous probes (details to operators only), metrics open, the API closed without a token,
 * to tokens of Keycloak's own clients and to low roles, the audit log scoped to the caller's
 * county, API docs with bearer security. A service's test extends this
 * and names its API prefix.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class ServiceBaselineTests {

    @Autowired
    protected MockMvc mvc;

    /** e.g. {@code /api/v1/grid}. */
    protected abstract String apiPrefix();

    @Test
    void whenProbedThenHealthReadinessAndLivenessAreUpWithoutTokenAndWithoutDetails() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness"}) {
            mvc.perform(get(path)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("UP"))
                    .andExpect(jsonPath("$.components").doesNotExist());
        }
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk());
    }

    @Test
    void whenAnOperatorAsksThenReadinessShowsTheDatabaseTheBrokerAndTheRegistry() throws Exception {
        mvc.perform(get("/actuator/health/readiness")
                        .header("Authorization", TestTokens.forTenant(TestTenants.PLATFORM).roles("platform-operator").bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.mongo.status").value("UP"))
                .andExpect(jsonPath("$.components.rabbit.status").value("UP"))
                .andExpect(jsonPath("$.components.tenantRegistry.status").value("UP"));
    }

    @Test
    void whenApiIsCalledWithoutTokenOrWithLowRoleThenRefused() throws Exception {
        mvc.perform(get(apiPrefix() + "/audit")).andExpect(status().isUnauthorized());
        mvc.perform(get(apiPrefix() + "/audit")
                        .header("Authorization", TestTokens.forTenant(TestTenants.DAYE).roles("villager").bearer()))
                .andExpect(status().isForbidden());
    }

    @Test
    void whenTokenIssuedToForeignClientThenUnauthorized() throws Exception {
        for (String client : new String[] {"admin-cli", "account", "security-admin-console"}) {
            mvc.perform(get(apiPrefix() + "/audit").header("Authorization",
                            TestTokens.forTenant(TestTenants.DAYE).roles("county-admin").clientId(client).bearer()))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
    }

    @Test
    void whenCountyAdminReadsAuditThenOnlyTheirCountyIsReturned() throws Exception {
        mvc.perform(get(apiPrefix() + "/audit")
                        .header("Authorization", TestTokens.forTenant(TestTenants.LINXIAN).roles("county-admin").bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.tenant == 'daye')]").isEmpty());
    }

    @Test
    void whenApiDocsAreRequestedThenTheyDescribeBearerSecurity() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"));
    }
}
