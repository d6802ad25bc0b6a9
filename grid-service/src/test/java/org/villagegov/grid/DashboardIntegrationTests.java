package org.villagegov.grid;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DashboardIntegrationTests extends GridTestSupport {

    @Test
    void whenTheCountyReadsItsDashboardThenItsOwnFiguresAreShown() throws Exception {
        mvc.perform(post("/api/v1/grid/households").header("Authorization", countyAdmin()).contentType("application/json")
                        .content(JSON.writeValueAsString(Map.of("villageId", village1, "address", "a", "headName", "h"))))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/grid/dashboard").header("Authorization", countyAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.townships").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.households").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.gridCoveragePercent").isNumber());
        mvc.perform(get("/api/v1/grid/dashboard").header("Authorization", otherCountyAdmin()))
                .andExpect(jsonPath("$.townships").value(0));
        mvc.perform(get("/api/v1/grid/dashboard").header("Authorization", cadre1())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/grid/dashboard")).andExpect(status().isUnauthorized());
    }

    @Test
    void whenATownshipOfficerReadsTheDashboardThenOnlyTheirTownshipIsCounted() throws Exception {
        household(countyAdmin(), Map.of("villageId", village1, "address", "a", "headName", "h"));
        household(countyAdmin(), Map.of("villageId", village3, "address", "a", "headName", "h"));
        long inTownship2 = org.villagegov.platform.tenancy.TenantContext.call("daye", () -> mongo.getCollection("households")
                .countDocuments(new org.bson.Document("townshipId", township2)));
        mvc.perform(get("/api/v1/grid/dashboard").header("Authorization", otherTownshipOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.townships").value(1))
                .andExpect(jsonPath("$.villages").value(1))
                .andExpect(jsonPath("$.households").value((int) inTownship2));
        mvc.perform(get("/api/v1/grid/dashboard").header("Authorization", countyAdmin()))
                .andExpect(jsonPath("$.townships").value(org.hamcrest.Matchers.greaterThanOrEqualTo(2)))
                .andExpect(jsonPath("$.households").value(org.hamcrest.Matchers.greaterThan((int) inTownship2)));
    }
}
