package org.villagegov.points.rule;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.villagegov.platform.messaging.TenantProvisioned;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.points.PointsTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;

class RuleIntegrationTests extends PointsTestSupport {

    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    Rules rules;

    @Test
    void whenCountyIsProvisionedAgainThenDefaultRulesAreNotDuplicatedNorOverwritten() throws Exception {
        long before = count("rules");
        assertThat(before).isGreaterThanOrEqualTo(DefaultRules.DEFAULTS.size());
        TenantContext.run(DAYE, () -> publisher.publishEvent(new TenantProvisioned(DAYE)));
        assertThat(count("rules")).isEqualTo(before);
        mvc.perform(get("/api/v1/points/rules/gambling").header("Authorization", villager("v")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.points").value(-10));
    }

    @Test
    void whenVillageOverridesARuleThenItAppliesInThatVillageOnly() throws Exception {
        mvc.perform(post("/api/v1/points/rules").header("Authorization", cadre()).contentType("application/json")
                        .content("""
                                {"code":"clean-courtyard","townshipId":"%s","villageId":"%s","behaviour":"Clean courtyard (Baisha)",
                                 "category":"HYGIENE","points":4,"evidenceRequired":false}
                                """.formatted(TOWNSHIP, VILLAGE)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value("clean-courtyard@" + VILLAGE));

        assertThat(TenantContext.call(DAYE, () -> rules.require("clean-courtyard", VILLAGE, "x").points())).isEqualTo(4);
        assertThat(TenantContext.call(DAYE, () -> rules.require("clean-courtyard", OTHER_VILLAGE, "x").points())).isEqualTo(2);
        mvc.perform(get("/api/v1/points/rules/clean-courtyard@" + VILLAGE).header("Authorization", otherVillageCadre()))
                .andExpect(status().isNotFound());
    }

    @Test
    void whenRuleChangesThenANewVersionIsMadeAndTheOldOneKept() throws Exception {
        var created = postJson("/api/v1/points/rules", countyAdmin(), """
                {"code":"tree-planting","behaviour":"Planting trees","category":"PUBLIC_WELFARE","points":3,"evidenceRequired":false,"capPerMonth":2}
                """);
        mvc.perform(put("/api/v1/points/rules/tree-planting").header("Authorization", countyAdmin()).contentType("application/json")
                        .content("""
                                {"behaviour":"Planting trees","category":"PUBLIC_WELFARE","points":5,"evidenceRequired":false,
                                 "capPerMonth":2,"active":true,"version":%d}
                                """.formatted(created.get("version").asLong())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ruleVersion").value(2))
                .andExpect(jsonPath("$.points").value(5))
                .andExpect(jsonPath("$.previousVersions").value(1));
        mvc.perform(put("/api/v1/points/rules/tree-planting").header("Authorization", cadre()).contentType("application/json")
                        .content("""
                                {"behaviour":"x","category":"PUBLIC_WELFARE","points":50,"evidenceRequired":false,"active":true,"version":1}
                                """))
                .andExpect(status().isForbidden());
    }

    @Test
    void whenCadreCreatesACountyRuleOrDuplicateThenRefused() throws Exception {
        long before = count("rules");
        mvc.perform(post("/api/v1/points/rules").header("Authorization", cadre()).contentType("application/json")
                        .content("{\"code\":\"x-rule\",\"behaviour\":\"x\",\"category\":\"HYGIENE\",\"points\":1,\"evidenceRequired\":false}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("villageId"));
        mvc.perform(post("/api/v1/points/rules").header("Authorization", countyAdmin()).contentType("application/json")
                        .content("{\"code\":\"gambling\",\"behaviour\":\"x\",\"category\":\"HYGIENE\",\"points\":1,\"evidenceRequired\":false}"))
                .andExpect(status().isConflict());
        assertThat(count("rules")).isEqualTo(before);
    }
}
