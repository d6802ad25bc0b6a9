package org.villagegov.grid;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class RegionIntegrationTests extends GridTestSupport {

    @Test
    void whenCountyReadsTheTreeThenTownshipsVillagesBaysAndGroupsAreNested() throws Exception {
        mvc.perform(get("/api/v1/grid/regions/tree").header("Authorization", villager("anyone")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + township + "')].children[*].id").value(hasItem(village1)))
                .andExpect(jsonPath("$..[?(@.id == '" + naturalVillage1 + "')].children[0].id").value(hasItem(group1)));
        mvc.perform(get("/api/v1/grid/regions/tree").header("Authorization", otherCountyAdmin()))
                .andExpect(jsonPath("$[*].id").value(not(hasItem(township))));
        mvc.perform(get("/api/v1/grid/regions/tree")).andExpect(status().isUnauthorized());
    }

    @Test
    void whenAKindIsPlacedUnderTheWrongParentThenRefused() throws Exception {
        long before = count("regions");
        for (var body : new Map[] {Map.of("kind", "VILLAGE", "name", "x"), Map.of("kind", "GROUP", "name", "x", "parentId", village1),
                Map.of("kind", "TOWNSHIP", "name", "x", "parentId", township), Map.of("kind", "VILLAGE", "name", "x", "parentId", "nope")}) {
            mvc.perform(post("/api/v1/grid/regions").header("Authorization", countyAdmin()).contentType("application/json")
                            .content(JSON.writeValueAsString(body)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("parentId"));
        }
        mvc.perform(post("/api/v1/grid/regions").header("Authorization", countyAdmin()).contentType("application/json")
                        .content("{\"kind\":\"CITY\",\"name\":\"x\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(post("/api/v1/grid/regions").header("Authorization", countyAdmin()).contentType("application/json")
                        .content("{\"kind\":\"TOWNSHIP\",\"name\":\"\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
        assertThat(count("regions")).isEqualTo(before);
    }

    @Test
    void whenAnyoneButTheCountyAdminChangesTheTreeThenRefusedAndNothingChanges() throws Exception {
        long before = count("regions");
        String body = "{\"kind\":\"TOWNSHIP\",\"name\":\"Rogue\"}";
        for (String token : new String[] {cadre1(), townshipOfficer(), villager("v"), integrator(), otherCountyCadre()}) {
            mvc.perform(post("/api/v1/grid/regions").header("Authorization", token).contentType("application/json").content(body))
                    .andExpect(status().isForbidden());
            mvc.perform(patch("/api/v1/grid/regions/" + village1).header("Authorization", token).contentType("application/json")
                    .content("{\"name\":\"Renamed\"}")).andExpect(status().isForbidden());
        }
        mvc.perform(patch("/api/v1/grid/regions/" + village1).header("Authorization", otherCountyAdmin())
                .contentType("application/json").content("{\"name\":\"Renamed\"}")).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/grid/regions").contentType("application/json").content(body)).andExpect(status().isUnauthorized());
        assertThat(count("regions")).isEqualTo(before);
    }

    @Test
    void whenTheCountyAdminRenamesARegionThenItsIdStaysTheSame() throws Exception {
        String bay = createRegion("NATURAL_VILLAGE", "Old Name", village2);
        mvc.perform(patch("/api/v1/grid/regions/" + bay).header("Authorization", countyAdmin()).contentType("application/json")
                        .content("{\"name\":\"New Name\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(bay)).andExpect(jsonPath("$.name").value("New Name"));
        mvc.perform(get("/api/v1/grid/regions/" + bay).header("Authorization", cadre2()))
                .andExpect(jsonPath("$.villageId").value(village2));
    }

    @Test
    void whenTheCountyGivesItsOwnRegionCodeThenItIsKeptAndADuplicateIsRefused() throws Exception {
        String code = "410581" + System.nanoTime() % 100000;
        mvc.perform(post("/api/v1/grid/regions").header("Authorization", countyAdmin()).contentType("application/json")
                        .content("{\"id\":\"" + code + "\",\"kind\":\"TOWNSHIP\",\"name\":\"Coded\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.id").value(code));
        mvc.perform(post("/api/v1/grid/regions").header("Authorization", countyAdmin()).contentType("application/json")
                        .content("{\"id\":\"" + code + "\",\"kind\":\"TOWNSHIP\",\"name\":\"Again\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/grid/regions").header("Authorization", countyAdmin()).contentType("application/json")
                        .content("{\"id\":\"Bad Code!\",\"kind\":\"TOWNSHIP\",\"name\":\"x\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("id"));
    }

    @Test
    void whenAVillageMovesToAnotherTownshipThenItsHouseholdsFollowAndOfficersScopeChanges() throws Exception {
        String from = createRegion("TOWNSHIP", "From", null);
        String to = createRegion("TOWNSHIP", "To", null);
        String village = createRegion("VILLAGE", "Moving", from);
        String household = json(mvc.perform(post("/api/v1/grid/households").header("Authorization", countyAdmin())
                .contentType("application/json").content(JSON.writeValueAsString(Map.of("villageId", village, "address", "a",
                        "headName", "h")))).andReturn().getResponse().getContentAsString()).get("id").asString();
        String toOfficer = org.villagegov.platform.test.TestTokens.forTenant("daye").roles("township-officer").township(to).bearer();
        mvc.perform(get("/api/v1/grid/households/" + household).header("Authorization", toOfficer)).andExpect(status().isNotFound());

        mvc.perform(post("/api/v1/grid/regions/" + village + "/move").header("Authorization", countyAdmin())
                        .contentType("application/json").content("{\"parentId\":\"" + to + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.townshipId").value(to));
        mvc.perform(get("/api/v1/grid/households/" + household).header("Authorization", toOfficer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.townshipId").value(to));

        mvc.perform(post("/api/v1/grid/regions/" + village + "/move").header("Authorization", countyAdmin())
                        .contentType("application/json").content("{\"parentId\":\"" + village1 + "\"}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/grid/regions/" + group1 + "/move").header("Authorization", countyAdmin())
                        .contentType("application/json").content("{\"parentId\":\"" + createRegion("NATURAL_VILLAGE", "Bay", village2) + "\"}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/grid/regions/" + village + "/move").header("Authorization", cadre1())
                        .contentType("application/json").content("{\"parentId\":\"" + from + "\"}"))
                .andExpect(status().isForbidden());
    }
}
