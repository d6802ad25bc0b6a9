package org.villagegov.points.rule;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.query.Query;
import org.villagegov.platform.messaging.TenantProvisioned;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.test.CommandCount;
import org.villagegov.platform.time.CountyTime;
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
    @Autowired
    CountyTime time;

    private int pointsOn(String code, String village, LocalDate day) {
        return TenantContext.call(DAYE, () -> rules.require(code, village, day, "x").points());
    }

    private static LocalDate today() {
        return CountyTime.today(clock);
    }

    private String override(String code, String village, int points, LocalDate effectiveFrom, String token)
            throws Exception {
        return postJson("/api/v1/points/rules", token, """
                {"code":"%s","villageId":"%s","behaviour":"%s (village)","category":"HYGIENE","points":%d,
                 "evidenceRequired":false%s}
                """.formatted(code, village, code, points,
                effectiveFrom == null ? "" : ",\"effectiveFrom\":\"" + effectiveFrom + "\"")).get("id").asString();
    }

    @Test
    void whenCountyIsProvisionedAgainThenDefaultRulesAreNotDuplicatedNorOverwritten() throws Exception {
        pointsOn("gambling", null, today());
        long before = count("rules");
        assertThat(before).isGreaterThanOrEqualTo(DefaultRules.DEFAULTS.size());
        TenantContext.run(DAYE, () -> publisher.publishEvent(new TenantProvisioned(DAYE)));
        assertThat(count("rules")).isEqualTo(before);
        mvc.perform(get("/api/v1/points/rules/gambling").header("Authorization", villager("v")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.points").value(-10));
    }

    @Test
    void whenACountyWasNeverProvisionedThenItsFirstRuleReadWritesTheDefaultsAndLaterReadsCostNothingMore() {
        String county = "never-provisioned";
        try (CommandCount commands = new CommandCount()) {
            DefaultRules defaults = new DefaultRules(countedBy(commands), time);  // as in a process that has just started
            TenantContext.run(county, defaults::ensure);
            assertThat(TenantContext.call(county, () -> mongo.count(new Query(), "rules"))).isEqualTo(DefaultRules.DEFAULTS.size());

            commands.reset();
            TenantContext.run(county, defaults::ensure);
            assertThat(commands.to("points_" + county)).isZero();
        }
    }

    @Test
    void whenVillageOverridesARuleThenItAppliesInThatVillageOnlyOnceASecondPersonApproves() throws Exception {
        String id = override("clean-courtyard", VILLAGE, 3, null, cadre("cadre-1"));
        assertThat(id).isEqualTo("clean-courtyard@" + VILLAGE);
        assertThat(pointsOn("clean-courtyard", VILLAGE, today())).as("not in force before approval").isEqualTo(2);

        mvc.perform(post("/api/v1/points/rules/" + id + "/approve").header("Authorization", cadre("cadre-1")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("approver"));
        assertThat(pointsOn("clean-courtyard", VILLAGE, today())).isEqualTo(2);

        mvc.perform(post("/api/v1/points/rules/" + id + "/approve").header("Authorization", cadre("cadre-2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.points").value(3))
                .andExpect(jsonPath("$.approvedBy").value("cadre-2"))
                .andExpect(jsonPath("$.effectiveFrom").value(today().toString()));

        assertThat(pointsOn("clean-courtyard", VILLAGE, today())).isEqualTo(3);
        assertThat(pointsOn("clean-courtyard", OTHER_VILLAGE, today())).isEqualTo(2);
        mvc.perform(get("/api/v1/points/rules/clean-courtyard@" + VILLAGE).header("Authorization", otherVillageCadre()))
                .andExpect(status().isNotFound());
    }

    @Test
    void whenOverrideLeavesTheBoundOfTheCountyRuleThenRefusedNamingPoints() throws Exception {
        long before = count("rules");
        for (int points : new int[] {8, 2, -5}) {
            mvc.perform(post("/api/v1/points/rules").header("Authorization", cadre()).contentType("application/json")
                            .content("""
                                    {"code":"volunteering","villageId":"%s","behaviour":"x","category":"PUBLIC_WELFARE",
                                     "points":%d,"evidenceRequired":false}
                                    """.formatted(VILLAGE, points)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("points"));
        }
        mvc.perform(post("/api/v1/points/rules").header("Authorization", cadre()).contentType("application/json")
                        .content("""
                                {"code":"no-county-rule","villageId":"%s","behaviour":"x","category":"HYGIENE",
                                 "points":5,"evidenceRequired":false}
                                """.formatted(VILLAGE)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        assertThat(count("rules")).isEqualTo(before);
    }

    @Test
    void whenOverrideWouldStartInThePastThenRefusedNamingEffectiveFrom() throws Exception {
        long before = count("rules");
        mvc.perform(post("/api/v1/points/rules").header("Authorization", cadre()).contentType("application/json")
                        .content("""
                                {"code":"donation","villageId":"%s","behaviour":"x","category":"PUBLIC_WELFARE",
                                 "points":12,"evidenceRequired":true,"effectiveFrom":"%s"}
                                """.formatted(VILLAGE, today().minusDays(1))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"));
        assertThat(count("rules")).isEqualTo(before);
    }

    @Test
    void whenDeedHappenedBeforeTheOverrideTookEffectThenTheVersionInForceOnThatDayApplies() throws Exception {
        postJson("/api/v1/points/rules", countyAdmin(), """
                {"code":"river-cleaning","behaviour":"Cleaning the river","category":"PUBLIC_WELFARE","points":4,"evidenceRequired":false}
                """);
        LocalDate proposedOn = today();
        String id = override("river-cleaning", VILLAGE, 6, proposedOn, cadre("cadre-1"));
        // the approval comes two days later: the override may not reach back to the asked day
        clock.advance(Duration.ofDays(2));
        mvc.perform(post("/api/v1/points/rules/" + id + "/approve").header("Authorization", countyAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.effectiveFrom").value(today().toString()));

        assertThat(pointsOn("river-cleaning", VILLAGE, proposedOn)).isEqualTo(4);
        assertThat(pointsOn("river-cleaning", VILLAGE, today().minusDays(1))).isEqualTo(4);
        assertThat(pointsOn("river-cleaning", VILLAGE, today())).isEqualTo(6);

        var award = postJson("/api/v1/points/awards", gridWorker(), """
                {"householdId":"%s","ruleCode":"river-cleaning","occurredOn":"%s"}
                """.formatted(household(), today().minusDays(1)));
        assertThat(award.get("points").asInt()).isEqualTo(4);
        assertThat(award.get("ruleVersion").asInt()).isEqualTo(1);
    }

    @Test
    void whenCadreNamesAVillageOfAnotherTownshipThenRefusedNamingTheField() throws Exception {
        long before = count("rules");
        mvc.perform(post("/api/v1/points/rules").header("Authorization", cadre()).contentType("application/json")
                        .content("""
                                {"code":"littering","townshipId":"%s","villageId":"%s","behaviour":"x","category":"HYGIENE",
                                 "points":-2,"evidenceRequired":false}
                                """.formatted(TOWNSHIP, FAR_VILLAGE)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("villageId"));
        mvc.perform(post("/api/v1/points/rules").header("Authorization", countyAdmin()).contentType("application/json")
                        .content("""
                                {"code":"littering","townshipId":"%s","villageId":"%s","behaviour":"x","category":"HYGIENE",
                                 "points":-2,"evidenceRequired":false}
                                """.formatted(TOWNSHIP, FAR_VILLAGE)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("townshipId"));
        mvc.perform(post("/api/v1/points/rules").header("Authorization", countyAdmin()).contentType("application/json")
                        .content("""
                                {"code":"littering","villageId":"v-nowhere","behaviour":"x","category":"HYGIENE",
                                 "points":-2,"evidenceRequired":false}
                                """))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("villageId"));
        assertThat(count("rules")).isEqualTo(before);
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
