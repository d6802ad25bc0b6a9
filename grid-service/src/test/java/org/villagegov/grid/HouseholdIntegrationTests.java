package org.villagegov.grid;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class HouseholdIntegrationTests extends GridTestSupport {

    /** The ID number of the resident the last {@link #register} gave its household (each one differs: they are unique in the county). */
    private String lastIdNumber;

    private String register(String token, String villageId, String headUserId) throws Exception {
        lastIdNumber = uniqueIdNumber();
        String body = JSON.writeValueAsString(Map.of("villageId", villageId, "naturalVillageId", naturalVillage1,
                "groupId", group1, "address", "No. 8, Upper Bay", "headName", "Wang Fang", "headUserId", headUserId,
                "residents", List.of(Map.of("name", "Wang Fang", "idNumber", lastIdNumber, "phone", "13812345678",
                        "birthYear", 1990, "partyMember", true)),
                "tags", List.of("LOW_INCOME")));
        String answer = mvc.perform(post("/api/v1/grid/households").header("Authorization", token)
                        .contentType("application/json").content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json(answer).get("id").asString();
    }

    @Test
    void whenCadreRegistersAHouseholdThenTheFileIsKeptWithItsHistory() throws Exception {
        String id = register(cadre1(), village1, "villager-wang");
        mvc.perform(get("/api/v1/grid/households/" + id).header("Authorization", cadre1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.villageId").value(village1))
                .andExpect(jsonPath("$.townshipId").value(township))
                .andExpect(jsonPath("$.residents[0].idNumber").value(lastIdNumber))
                .andExpect(jsonPath("$.tags[0]").value("LOW_INCOME"))
                .andExpect(jsonPath("$.history[0].what").value("registered"))
                .andExpect(jsonPath("$.history[0].by").value("cadre-v1"));
    }

    @Test
    void whenRoleMayNotSeePersonalDataThenIdNumberAndPhoneAreMasked() throws Exception {
        String id = register(cadre1(), village1, "villager-li");
        for (String token : List.of(gridWorker1(), townshipOfficer(), integrator())) {
            mvc.perform(get("/api/v1/grid/households/" + id).header("Authorization", token))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.residents[0].idNumber").value("420281********" + lastIdNumber.substring(14)))
                    .andExpect(jsonPath("$.residents[0].phone").value("138****5678"))
                    .andExpect(content().string(not(org.hamcrest.Matchers.containsString(lastIdNumber))));
        }
        mvc.perform(get("/api/v1/grid/households/" + id).header("Authorization", villager("villager-li")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.residents[0].idNumber").value(lastIdNumber));
        mvc.perform(get("/api/v1/grid/households/" + id).header("Authorization", countyAdmin()))
                .andExpect(jsonPath("$.residents[0].phone").value("13812345678"));
    }

    @Test
    void whenSomeoneOutsideTheHouseholdsScopeReadsItThenItDoesNotExistForThem() throws Exception {
        String id = register(cadre1(), village1, "villager-zhao");
        for (String token : List.of(cadre2(), villager("someone-else"), otherCountyAdmin(), otherCountyCadre())) {
            mvc.perform(get("/api/v1/grid/households/" + id).header("Authorization", token))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(not(org.hamcrest.Matchers.containsString("Wang Fang"))));
        }
        mvc.perform(get("/api/v1/grid/households/" + id)).andExpect(status().isUnauthorized());
    }

    @Test
    void whenSomeoneOutsideTheScopeRegistersOrEditsThenRefusedAndNothingIsWritten() throws Exception {
        String id = register(cadre1(), village1, "villager-sun");
        long before = count("households");
        String body = JSON.writeValueAsString(Map.of("villageId", village1, "address", "x", "headName", "y"));
        mvc.perform(post("/api/v1/grid/households").header("Authorization", cadre2()).contentType("application/json").content(body))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("villageId"));
        mvc.perform(post("/api/v1/grid/households").header("Authorization", otherCountyAdmin()).contentType("application/json").content(body))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/grid/households").header("Authorization", villager("v")).contentType("application/json").content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/grid/households").header("Authorization", gridWorker1()).contentType("application/json").content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/grid/households").contentType("application/json").content(body))
                .andExpect(status().isUnauthorized());
        String edit = JSON.writeValueAsString(Map.of("address", "changed", "headName", "changed", "residents", List.of(),
                "version", 0));
        for (String token : List.of(cadre2(), otherCountyAdmin())) {
            mvc.perform(put("/api/v1/grid/households/" + id).header("Authorization", token).contentType("application/json").content(edit))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(put("/api/v1/grid/households/" + id).header("Authorization", villager("villager-sun"))
                .contentType("application/json").content(edit)).andExpect(status().isForbidden());
        assertThat(count("households")).isEqualTo(before);
        mvc.perform(get("/api/v1/grid/households/" + id).header("Authorization", cadre1()))
                .andExpect(jsonPath("$.address").value("No. 8, Upper Bay"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad check digit   | {"villageId":"V1","address":"a","headName":"h","residents":[{"name":"n","idNumber":"420281199003071230"}]} | residents[0].idNumber
            short id          | {"villageId":"V1","address":"a","headName":"h","residents":[{"name":"n","idNumber":"12345"}]}              | residents[0].idNumber
            bad phone         | {"villageId":"V1","address":"a","headName":"h","residents":[{"name":"n","phone":"12"}]}                    | residents[0].phone
            no resident name  | {"villageId":"V1","address":"a","headName":"h","residents":[{"phone":"13812345678"}]}                      | residents[0].name
            unknown tag       | {"villageId":"V1","address":"a","headName":"h","tags":["RICH"]}                                           | tags[0]
            no address        | {"villageId":"V1","headName":"h"}                                                                          | address
            no village        | {"address":"a","headName":"h"}                                                                             | villageId
            birth year        | {"villageId":"V1","address":"a","headName":"h","residents":[{"name":"n","birthYear":1700}]}                | residents[0].birthYear
            tenant of others  | {"villageId":"V1","address":"a","headName":"h","extra":1}                                                  | extra
            """)
    void whenHouseholdInputIsBadThenProblemNamesTheFieldAndNothingIsStored(String why, String body, String field) throws Exception {
        long before = count("households");
        mvc.perform(post("/api/v1/grid/households").header("Authorization", cadre1()).contentType("application/json")
                        .content(body.replace("V1", village1)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem(field)));
        assertThat(count("households")).isEqualTo(before);
    }

    @Test
    void whenNaturalVillageIsNotInTheHouseholdsVillageThenRefused() throws Exception {
        String otherBay = createRegion("NATURAL_VILLAGE", "Lower Bay", village2);
        String body = JSON.writeValueAsString(Map.of("villageId", village1, "naturalVillageId", otherBay, "address", "a", "headName", "h"));
        mvc.perform(post("/api/v1/grid/households").header("Authorization", cadre1()).contentType("application/json").content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("naturalVillageId"));
    }

    @Test
    void whenFileIsEditedThenHistoryRecordsItAndAStaleEditIsRefused() throws Exception {
        String id = register(cadre1(), village1, "villager-qian");
        String edit = JSON.writeValueAsString(Map.of("address", "No. 9, Upper Bay", "headName", "Wang Fang",
                "residents", List.of(), "tags", List.of("LOW_INCOME", "ELDERLY_ALONE"), "version", 0));
        mvc.perform(put("/api/v1/grid/households/" + id).header("Authorization", cadre1()).contentType("application/json").content(edit))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.address").value("No. 9, Upper Bay"))
                .andExpect(jsonPath("$.history[1].what").value("changed address, residents, tags"));
        mvc.perform(put("/api/v1/grid/households/" + id).header("Authorization", cadre1()).contentType("application/json").content(edit))
                .andExpect(status().isConflict());
    }

    @Test
    void whenHouseholdsAreSearchedThenEachCallerSeesOnlyTheirScope() throws Exception {
        String inV1 = register(cadre1(), village1, "villager-search");
        String body = JSON.writeValueAsString(Map.of("villageId", village2, "address", "a", "headName", "Zhou Wei"));
        String inV2 = json(mvc.perform(post("/api/v1/grid/households").header("Authorization", cadre2())
                .contentType("application/json").content(body)).andReturn().getResponse().getContentAsString()).get("id").asString();

        mvc.perform(get("/api/v1/grid/households?size=200").header("Authorization", cadre1()))
                .andExpect(jsonPath("$.items[*].id").value(hasItem(inV1)))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem(inV2))));
        mvc.perform(get("/api/v1/grid/households?size=200").header("Authorization", countyAdmin()))
                .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.hasItems(inV1, inV2)));
        mvc.perform(get("/api/v1/grid/households?size=200").header("Authorization", villager("villager-search")))
                .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.contains(inV1)));
        mvc.perform(get("/api/v1/grid/households?name=Zhou").header("Authorization", countyAdmin()))
                .andExpect(jsonPath("$.items[*].id").value(hasItem(inV2)));
        mvc.perform(get("/api/v1/grid/households?tag=LOW_INCOME&size=200").header("Authorization", countyAdmin()))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem(inV2))));
        mvc.perform(get("/api/v1/grid/households?size=200").header("Authorization", otherCountyAdmin()))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem(inV1))));
        mvc.perform(get("/api/v1/grid/households?size=999").header("Authorization", countyAdmin()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void whenAnotherServiceLooksUpAHouseholdOrVillageThenItGetsWhereAndHowManyButNoPersonalData() throws Exception {
        String id = register(cadre1(), village1, "villager-lookup");
        String service = org.villagegov.platform.test.TestTokens.forTenant("daye").roles("service").bearer();
        mvc.perform(get("/api/v1/grid/lookup/households/" + id).header("Authorization", service))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.villageId").value(village1))
                .andExpect(jsonPath("$.memberCount").value(1))
                .andExpect(content().string(not(org.hamcrest.Matchers.containsString(lastIdNumber))));
        mvc.perform(get("/api/v1/grid/lookup/villages/" + village1).header("Authorization", service))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.townshipId").value(township))
                .andExpect(jsonPath("$.householdCount").isNumber());
        mvc.perform(get("/api/v1/grid/lookup/households/" + id).header("Authorization", otherCountyAdmin()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/grid/lookup/villages/" + township).header("Authorization", service))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/grid/lookup/households/" + id)).andExpect(status().isUnauthorized());
    }

    @Test
    void whenAHouseholdMovesToAnotherVillageThenItsFileFollowsAndTheOldCadreLosesIt() throws Exception {
        String id = register(countyAdmin(), village1, "villager-mover");
        mvc.perform(post("/api/v1/grid/households/" + id + "/move").header("Authorization", cadre1())
                        .contentType("application/json").content("{\"villageId\":\"" + village2 + "\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("villageId"));
        mvc.perform(post("/api/v1/grid/households/" + id + "/move").header("Authorization", townshipOfficer())
                        .contentType("application/json").content("{\"villageId\":\"" + village2 + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.villageId").value(village2))
                .andExpect(jsonPath("$.history[1].what").value(org.hamcrest.Matchers.containsString("moved from village")));
        mvc.perform(get("/api/v1/grid/households/" + id).header("Authorization", cadre1())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/grid/households/" + id).header("Authorization", cadre2())).andExpect(status().isOk());
        mvc.perform(post("/api/v1/grid/households/" + id + "/move").header("Authorization", villager("villager-mover"))
                        .contentType("application/json").content("{\"villageId\":\"" + village1 + "\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/grid/households/" + id + "/move").header("Authorization", otherCountyAdmin())
                        .contentType("application/json").content("{\"villageId\":\"" + village1 + "\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void whenTextIsOversizedThenTheFieldIsNamedAndNothingIsStored() throws Exception {
        long before = count("households");
        mvc.perform(post("/api/v1/grid/households").header("Authorization", cadre1()).contentType("application/json")
                        .content(JSON.writeValueAsString(Map.of("villageId", village1, "address", "x".repeat(201), "headName", "h"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("address"));
        assertThat(count("households")).isEqualTo(before);
    }
}
