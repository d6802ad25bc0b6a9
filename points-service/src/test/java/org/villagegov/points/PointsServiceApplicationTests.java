package org.villagegov.points;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.villagegov.platform.test.TestTokens;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;
import static org.villagegov.platform.test.TestTenants.LINXIAN;

@SpringBootTest
@AutoConfigureMockMvc
class PointsServiceApplicationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void whenProbedThenHealthyWithoutToken() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk());
    }

    @Test
    void whenApiIsCalledWithoutTokenOrWithLowRoleThenRefused() throws Exception {
        mvc.perform(get("/api/v1/points/audit")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/points/audit")
                        .header("Authorization", TestTokens.forTenant(DAYE).roles("villager").bearer()))
                .andExpect(status().isForbidden());
    }

    @Test
    void whenCountyAdminReadsAuditThenOnlyTheirCountyIsReturned() throws Exception {
        mvc.perform(get("/api/v1/points/audit")
                        .header("Authorization", TestTokens.forTenant(LINXIAN).roles("county-admin").bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.tenant == 'daye')]").isEmpty());
    }

    @Test
    void whenApiDocsAreRequestedThenTheyDescribeTheService() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"));
    }
}
