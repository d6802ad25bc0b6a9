package org.villagegov.points.award;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.points.PointsTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;

class AwardIntegrationTests extends PointsTestSupport {

    @Autowired
    AwardCrediting crediting;

    private String propose(String householdId, String ruleCode, String token) throws Exception {
        return postJson("/api/v1/points/awards", token, """
                {"householdId":"%s","ruleCode":"%s","evidence":"photo 12","occurredOn":"2026-11-20"}
                """.formatted(householdId, ruleCode)).get("id").asString();
    }

    private long balance(String householdId) throws Exception {
        String body = mvc.perform(get("/api/v1/points/accounts/" + householdId).header("Authorization", countyAdmin()))
                .andReturn().getResponse().getContentAsString();
        return body.isEmpty() || !body.contains("balance") ? 0 : json(body).get("balance").asLong();
    }

    private int creditDue() {
        return TenantContext.call(DAYE, crediting::creditDue);
    }

    @Test
    void whenApprovedByAnotherPersonThenCreditedOnlyAfterTheNoticePeriod() throws Exception {
        String household = household();
        String award = propose(household, "filial-piety", gridWorker());
        mvc.perform(post("/api/v1/points/awards/" + award + "/approve").header("Authorization", cadre()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.ruleVersion").value(1));

        mvc.perform(get("/api/v1/points/awards/board").header("Authorization", villager("villager-board")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.awardId == '" + award + "')].points").value(10));

        clock.advance(Duration.ofDays(2));
        creditDue();
        assertThat(balance(household)).isZero();

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        creditDue();
        assertThat(balance(household)).isEqualTo(10);
        mvc.perform(get("/api/v1/points/awards/" + award).header("Authorization", cadre()))
                .andExpect(jsonPath("$.status").value("CREDITED"));

        creditDue();
        assertThat(balance(household)).isEqualTo(10);
    }

    @Test
    void whenProposerApprovesOwnAwardThenRefusedAndNothingChanges() throws Exception {
        String award = propose(household(), "volunteering", cadre("cadre-self"));
        mvc.perform(post("/api/v1/points/awards/" + award + "/approve").header("Authorization", cadre("cadre-self")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("approver"));
        mvc.perform(get("/api/v1/points/awards/" + award).header("Authorization", cadre()))
                .andExpect(jsonPath("$.status").value("PROPOSED"));
    }

    @Test
    void whenObjectionIsRaisedDuringNoticeThenNotCreditedUntilApprovedAgain() throws Exception {
        String household = household();
        String award = propose(household, "volunteering", gridWorker());
        mvc.perform(post("/api/v1/points/awards/" + award + "/approve").header("Authorization", cadre()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/points/awards/" + award + "/objections").header("Authorization", villager("neighbour"))
                        .contentType("application/json").content("{\"reason\":\"they did not come\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OBJECTED"));
        clock.advance(Duration.ofDays(4));
        creditDue();
        assertThat(balance(household)).isZero();

        mvc.perform(post("/api/v1/points/awards/" + award + "/reject").header("Authorization", cadre())
                        .contentType("application/json").content("{\"reason\":\"objection upheld\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"));
        mvc.perform(post("/api/v1/points/awards/" + award + "/approve").header("Authorization", countyAdmin()))
                .andExpect(status().isConflict());
    }

    @Test
    void whenCapPerMonthIsReachedThenFurtherProposalsAreRefusedUntilOneIsRejected() throws Exception {
        String household = household();
        String first = propose(household, "filial-piety", gridWorker());
        long before = count("awards");
        mvc.perform(post("/api/v1/points/awards").header("Authorization", gridWorker()).contentType("application/json")
                        .content("""
                                {"householdId":"%s","ruleCode":"filial-piety","evidence":"again","occurredOn":"2026-11-21"}
                                """.formatted(household)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("householdId"));
        assertThat(count("awards")).isEqualTo(before);

        mvc.perform(post("/api/v1/points/awards/" + first + "/reject").header("Authorization", cadre())
                        .contentType("application/json").content("{\"reason\":\"duplicate\"}"))
                .andExpect(status().isOk());
        propose(household, "filial-piety", gridWorker());
    }

    @Test
    void whenBulkProposalNamesSeveralHouseholdsThenEachGetsAnAwardWithTheSameBulkId() throws Exception {
        var result = postJson("/api/v1/points/awards/bulk", cadre(), """
                {"householdIds":["%s","%s","%s"],"ruleCode":"volunteering","occurredOn":"2026-11-22"}
                """.formatted(household(), household(), household()));
        assertThat(result.get("proposed")).hasSize(3);
        assertThat(result.get("refused")).isEmpty();
        assertThat(result.get("proposed").get(0).get("bulkId").asString()).isEqualTo(result.get("bulkId").asString());
    }

    @Test
    void whenBulkProposalHoldsAHouseholdOfAnotherVillageThenRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        long before = count("awards");
        mvc.perform(post("/api/v1/points/awards/bulk").header("Authorization", cadre()).contentType("application/json")
                        .content("""
                                {"householdIds":["%s","%s"],"ruleCode":"volunteering","occurredOn":"2026-11-22"}
                                """.formatted(household(), otherVillageHousehold())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("householdIds"));
        assertThat(count("awards")).isEqualTo(before);
    }

    @Test
    void whenBulkProposalNamesManyHouseholdsThenGridIsAskedOnceForAllOfThem() throws Exception {
        int batchesBefore = grid.batchLookups.get();
        int singlesBefore = grid.singleLookups.get();
        var result = postJson("/api/v1/points/awards/bulk", cadre(), """
                {"householdIds":["%s","%s","%s","%s","%s"],"ruleCode":"volunteering","occurredOn":"2026-11-22"}
                """.formatted(household(), household(), household(), household(), household()));
        assertThat(result.get("proposed")).hasSize(5);
        assertThat(grid.batchLookups.get() - batchesBefore).isEqualTo(1);
        assertThat(grid.singleLookups.get() - singlesBefore).isZero();
    }

    @Test
    void whenOccurredOnLiesInTheFutureOrBeyondTheBackDatingWindowThenRefusedNamingIt() throws Exception {
        long before = count("awards");
        java.time.LocalDate today = org.villagegov.platform.time.CountyTime.today(clock);
        for (java.time.LocalDate day : java.util.List.of(today.plusDays(1), today.minusDays(61))) {
            mvc.perform(post("/api/v1/points/awards").header("Authorization", gridWorker()).contentType("application/json")
                            .content("{\"householdId\":\"%s\",\"ruleCode\":\"volunteering\",\"occurredOn\":\"%s\"}"
                                    .formatted(household(), day)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("occurredOn"));
            mvc.perform(post("/api/v1/points/awards/bulk").header("Authorization", gridWorker()).contentType("application/json")
                            .content("{\"householdIds\":[\"%s\"],\"ruleCode\":\"volunteering\",\"occurredOn\":\"%s\"}"
                                    .formatted(household(), day)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("occurredOn"));
        }
        assertThat(count("awards")).isEqualTo(before);
        propose(household(), "volunteering", gridWorker());
        postJson("/api/v1/points/awards", gridWorker(), "{\"householdId\":\"%s\",\"ruleCode\":\"volunteering\",\"occurredOn\":\"%s\"}"
                .formatted(household(), today.minusDays(60)));
    }

    @Test
    void whenProposalNamesAHouseholdOfAnotherVillageOrAnUnknownOneThenRefusedNamingTheField() throws Exception {
        long before = count("awards");
        for (String household : java.util.List.of(otherVillageHousehold(), farHousehold(), "gone-1", "moved-1")) {
            mvc.perform(post("/api/v1/points/awards").header("Authorization", cadre()).contentType("application/json")
                            .content("{\"householdId\":\"%s\",\"ruleCode\":\"volunteering\",\"occurredOn\":\"2026-11-20\"}"
                                    .formatted(household)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("householdId"));
        }
        assertThat(count("awards")).isEqualTo(before);
    }

    @Test
    void whenRuleIsUnknownOrEvidenceMissingThenUnprocessableNamingTheField() throws Exception {
        long before = count("awards");
        mvc.perform(post("/api/v1/points/awards").header("Authorization", gridWorker()).contentType("application/json")
                        .content("{\"householdId\":\"%s\",\"ruleCode\":\"no-such-rule\",\"occurredOn\":\"2026-11-20\"}"
                                .formatted(household())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("ruleCode"));
        mvc.perform(post("/api/v1/points/awards").header("Authorization", gridWorker()).contentType("application/json")
                        .content("{\"householdId\":\"%s\",\"ruleCode\":\"gambling\",\"occurredOn\":\"2026-11-20\"}"
                                .formatted(household())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("evidence"));
        mvc.perform(post("/api/v1/points/awards").header("Authorization", gridWorker()).contentType("application/json")
                        .content("{\"householdId\":\"gone-1\",\"ruleCode\":\"volunteering\",\"occurredOn\":\"2026-11-20\"}"))
                .andExpect(status().isUnprocessableContent());
        assertThat(count("awards")).isEqualTo(before);
    }

    @Test
    void whenNegativeRuleIsCreditedThenPointsAreDeducted() throws Exception {
        String household = household();
        String award = propose(household, "littering", gridWorker());
        mvc.perform(post("/api/v1/points/awards/" + award + "/approve").header("Authorization", cadre()))
                .andExpect(status().isOk());
        clock.advance(Duration.ofDays(3).plusSeconds(1));
        creditDue();
        assertThat(balance(household)).isEqualTo(-2);
    }
}
