package org.villagegov.grid;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every place or household a request names goes through the place guard: it exists in the
 * county, its township is the region tree's, and the caller may act there; otherwise a 422
 * naming the field and nothing written.
 */
class PlaceScopeIntegrationTests extends GridTestSupport {

    private void refused(String path, String token, Map<String, ?> body, String field) throws Exception {
        mvc.perform(post(path).header("Authorization", token).contentType("application/json")
                        .content(JSON.writeValueAsString(body)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    @Test
    void whenCadreNamesTheirOwnTownshipWithAVillageOfAnotherTownshipThenRefusedAndNothingIsWritten() throws Exception {
        long households = count("households");
        long grids = count("micro_grids");
        long reports = count("grid_reports");
        refused("/api/v1/grid/households", cadre1(),
                Map.of("villageId", village3, "townshipId", township, "address", "a", "headName", "h"), "villageId");
        refused("/api/v1/grid/micro-grids", cadre1(), Map.of("villageId", village3, "townshipId", township,
                "name", "g", "workerSubject", "w", "workerName", "w"), "villageId");
        refused("/api/v1/grid/reports", gridWorker1(), Map.of("villageId", village3, "townshipId", township,
                "category", "SAFETY_HAZARD", "description", "d"), "villageId");
        assertThat(count("households")).isEqualTo(households);
        assertThat(count("micro_grids")).isEqualTo(grids);
        assertThat(count("grid_reports")).isEqualTo(reports);
    }

    @Test
    void whenTheBodysTownshipDisagreesWithTheRegionTreeThenRefusedNamingTownshipId() throws Exception {
        long before = count("households");
        refused("/api/v1/grid/households", countyAdmin(),
                Map.of("villageId", village1, "townshipId", township2, "address", "a", "headName", "h"), "townshipId");
        refused("/api/v1/grid/micro-grids", cadre1(), Map.of("villageId", village1, "townshipId", township2,
                "name", "g", "workerSubject", "w", "workerName", "w"), "townshipId");
        assertThat(count("households")).isEqualTo(before);
        household(countyAdmin(), Map.of("villageId", village1, "townshipId", township, "address", "a", "headName", "h"));
    }

    @Test
    void whenAPlaceIsUnknownOrOfTheWrongKindThenRefusedNamingTheField() throws Exception {
        long before = count("households");
        refused("/api/v1/grid/households", countyAdmin(), Map.of("villageId", "nowhere", "address", "a", "headName", "h"),
                "villageId");
        refused("/api/v1/grid/households", countyAdmin(), Map.of("villageId", naturalVillage1, "address", "a",
                "headName", "h"), "villageId");
        refused("/api/v1/grid/households", countyAdmin(), Map.of("villageId", village1, "naturalVillageId", "nowhere",
                "address", "a", "headName", "h"), "naturalVillageId");
        refused("/api/v1/grid/households", countyAdmin(), Map.of("villageId", village1, "groupId", "nowhere",
                "address", "a", "headName", "h"), "groupId");
        refused("/api/v1/grid/households", countyAdmin(), Map.of("villageId", village2, "groupId", group1,
                "address", "a", "headName", "h"), "groupId");
        assertThat(count("households")).isEqualTo(before);
    }

    @Test
    void whenTheGroupIsNotInTheNaturalVillageNamedThenRefusedAndAGroupAloneGivesItsNaturalVillage() throws Exception {
        String otherBay = createRegion("NATURAL_VILLAGE", "West Bay", village1);
        String otherGroup = createRegion("GROUP", "Group 7", otherBay);
        refused("/api/v1/grid/households", countyAdmin(), Map.of("villageId", village1, "naturalVillageId",
                naturalVillage1, "groupId", otherGroup, "address", "a", "headName", "h"), "groupId");
        String id = household(countyAdmin(), Map.of("villageId", village1, "groupId", otherGroup, "address", "a",
                "headName", "h"));
        mvc.perform(get("/api/v1/grid/households/" + id).header("Authorization", countyAdmin()))
                .andExpect(jsonPath("$.naturalVillageId").value(otherBay));
    }

    @Test
    void whenAReportNamesAHouseholdOfAnotherVillageOrAnUnknownOneThenRefusedNamingHouseholdIds() throws Exception {
        String elsewhere = household(countyAdmin(), Map.of("villageId", village2, "address", "a", "headName", "h"));
        long before = count("grid_reports");
        for (String named : new String[] {elsewhere, "gone"}) {
            refused("/api/v1/grid/reports", gridWorker1(), Map.of("villageId", village1, "category", "DISPUTE",
                    "householdIds", java.util.List.of(named), "description", "d"), "householdIds");
        }
        assertThat(count("grid_reports")).isEqualTo(before);
    }

    @Test
    void whenATownshipOfficerOfAnotherTownshipActsThenRefusedAndNothingIsWritten() throws Exception {
        String id = household(countyAdmin(), Map.of("villageId", village1, "address", "a", "headName", "Officer Test"));
        String officer = otherTownshipOfficer();
        mvc.perform(get("/api/v1/grid/households/" + id).header("Authorization", officer)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/grid/households/" + id + "/move").header("Authorization", officer)
                        .contentType("application/json").content("{\"villageId\":\"" + village3 + "\"}"))
                .andExpect(status().isNotFound());
        for (String query : new String[] {"/api/v1/grid/households?villageId=", "/api/v1/grid/pairings?villageId=",
                "/api/v1/grid/micro-grids?villageId=", "/api/v1/grid/follow-ups?villageId=",
                "/api/v1/grid/visits/overdue?villageId=", "/api/v1/grid/visits/coverage?villageId="}) {
            mvc.perform(get(query + village1).header("Authorization", officer))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("villageId"));
        }
        mvc.perform(get("/api/v1/grid/visits?householdId=" + id).header("Authorization", officer))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("householdId"));
        mvc.perform(get("/api/v1/grid/households?size=200").header("Authorization", officer))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem(id))));
        mvc.perform(get("/api/v1/grid/households/" + id).header("Authorization", countyAdmin()))
                .andExpect(jsonPath("$.villageId").value(village1));
    }

    @Test
    void whenAQueryNamesATownshipThenItMustBeTheCallersAndTheVillagesOwn() throws Exception {
        String inTownship2 = household(countyAdmin(), Map.of("villageId", village3, "address", "a", "headName", "h"));
        String inTownship1 = household(countyAdmin(), Map.of("villageId", village1, "address", "a", "headName", "h"));
        mvc.perform(get("/api/v1/grid/households?size=200&townshipId=" + township2).header("Authorization", countyAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(hasItem(inTownship2)))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem(inTownship1))));
        mvc.perform(get("/api/v1/grid/households?townshipId=" + township).header("Authorization", otherTownshipOfficer()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("townshipId"));
        mvc.perform(get("/api/v1/grid/households?villageId=" + village1 + "&townshipId=" + township2)
                        .header("Authorization", countyAdmin()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("townshipId"));
    }

    @Test
    void whenACadreFiltersByAnotherVillageThenRefusedNamingItNotAServerError() throws Exception {
        mvc.perform(get("/api/v1/grid/households?villageId=" + village2).header("Authorization", cadre1()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("villageId"));
        mvc.perform(get("/api/v1/grid/households?villageId=" + village1).header("Authorization", cadre1()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/grid/households?villageId=" + village1).header("Authorization", townshipOfficer()))
                .andExpect(status().isOk());
    }
}
