package org.villagegov.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class MicroGridIntegrationTests extends GridTestSupport {

    private String microGrid(String token, String villageId) throws Exception {
        String body = JSON.writeValueAsString(Map.of("villageId", villageId, "name", "Micro-grid " + System.nanoTime(),
                "workerSubject", "worker-1", "workerName", "Chen Jun"));
        return json(mvc.perform(post("/api/v1/grid/micro-grids").header("Authorization", token)
                        .contentType("application/json").content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    private String household(String villageId) throws Exception {
        String body = JSON.writeValueAsString(Map.of("villageId", villageId, "address", "a", "headName", "h"));
        return json(mvc.perform(post("/api/v1/grid/households").header("Authorization", countyAdmin())
                        .contentType("application/json").content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    private int add(String grid, String household, String token) throws Exception {
        return mvc.perform(post("/api/v1/grid/micro-grids/" + grid + "/households").header("Authorization", token)
                        .contentType("application/json").content("{\"householdId\":\"" + household + "\"}"))
                .andReturn().getResponse().getStatus();
    }

    @Test
    void whenASixteenthHouseholdJoinsThenRefusedUnlessTheCountyRaisedItsLimit() throws Exception {
        String grid = microGrid(cadre1(), village1);
        for (int i = 0; i < 15; i++) {
            assertThat(add(grid, household(village1), cadre1())).isEqualTo(200);
        }
        String sixteenth = household(village1);
        mvc.perform(post("/api/v1/grid/micro-grids/" + grid + "/households").header("Authorization", cadre1())
                        .contentType("application/json").content("{\"householdId\":\"" + sixteenth + "\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("15 households")));
        mvc.perform(get("/api/v1/grid/micro-grids/" + grid).header("Authorization", gridWorker1()))
                .andExpect(jsonPath("$.households").value(15));
        assertThat(add(microGrid(cadre1(), village1), sixteenth, cadre1())).as("it may join another grid").isEqualTo(200);

        try {
            mvc.perform(put("/api/v1/grid/settings").header("Authorization", countyAdmin()).contentType("application/json")
                    .content("{\"maxHouseholdsPerMicroGrid\":16}")).andExpect(status().isOk());
            assertThat(add(grid, household(village1), cadre1())).isEqualTo(200);
        } finally {
            mvc.perform(put("/api/v1/grid/settings").header("Authorization", countyAdmin()).contentType("application/json")
                    .content("{\"maxHouseholdsPerMicroGrid\":15}")).andExpect(status().isOk());
        }
    }

    @Test
    void whenManyHouseholdsJoinAtOnceThenTheLimitStillHolds() throws Exception {
        String grid = microGrid(countyAdmin(), village1);
        List<String> households = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            households.add(household(village1));
        }
        List<Callable<Integer>> joins = households.stream()
                .<Callable<Integer>>map(h -> () -> add(grid, h, cadre1())).toList();
        List<Integer> statuses = new ArrayList<>();
        try (var executor = Executors.newFixedThreadPool(8)) {
            for (Future<Integer> result : executor.invokeAll(joins)) {
                statuses.add(result.get());
            }
        }
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(15);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(9);
        mvc.perform(get("/api/v1/grid/micro-grids/" + grid).header("Authorization", cadre1()))
                .andExpect(jsonPath("$.households").value(15))
                .andExpect(jsonPath("$.householdIds.length()").value(15));
    }

    @Test
    void whenAHouseholdIsInOneGridOrAnotherVillageThenItCannotJoin() throws Exception {
        String first = microGrid(cadre1(), village1);
        String second = microGrid(cadre1(), village1);
        String household = household(village1);
        assertThat(add(first, household, cadre1())).isEqualTo(200);
        assertThat(add(second, household, cadre1())).isEqualTo(409);
        assertThat(add(second, household(village2), cadre1())).isEqualTo(422);

        mvc.perform(delete("/api/v1/grid/micro-grids/" + first + "/households/" + household).header("Authorization", cadre1()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.households").value(0));
        assertThat(add(second, household, cadre1())).isEqualTo(200);
        mvc.perform(get("/api/v1/grid/lookup/households/" + household).header("Authorization", cadre1()))
                .andExpect(jsonPath("$.gridId").value(second));
        mvc.perform(get("/api/v1/grid/households?gridId=" + second).header("Authorization", cadre1()))
                .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.contains(household)));
    }

    @Test
    void whenTheWorkerIsReassignedThenTheFormerOneIsKeptInHistory() throws Exception {
        String grid = microGrid(cadre1(), village1);
        mvc.perform(put("/api/v1/grid/micro-grids/" + grid + "/worker").header("Authorization", cadre1())
                        .contentType("application/json").content("{\"workerSubject\":\"worker-2\",\"workerName\":\"Liu Yang\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.worker.name").value("Liu Yang"))
                .andExpect(jsonPath("$.formerWorkers[0].name").value("Chen Jun"))
                .andExpect(jsonPath("$.formerWorkers[0].until").exists());
    }

    @Test
    void whenOutsideTheVillageOrRoleThenMicroGridsAreInvisibleAndUnchangeable() throws Exception {
        String grid = microGrid(cadre1(), village1);
        String household = household(village1);
        long before = count("grid_memberships");
        for (String token : List.of(cadre2(), otherCountyAdmin(), otherCountyCadre())) {
            mvc.perform(get("/api/v1/grid/micro-grids/" + grid).header("Authorization", token)).andExpect(status().isNotFound());
            assertThat(add(grid, household, token)).isEqualTo(404);
        }
        for (String token : List.of(gridWorker1(), villager("v"), integrator())) {
            assertThat(add(grid, household, token)).isEqualTo(403);
        }
        mvc.perform(get("/api/v1/grid/micro-grids/" + grid).header("Authorization", villager("v"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/grid/micro-grids/" + grid)).andExpect(status().isUnauthorized());
        mvc.perform(put("/api/v1/grid/settings").header("Authorization", cadre1()).contentType("application/json")
                .content("{\"maxHouseholdsPerMicroGrid\":50}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/grid/micro-grids").header("Authorization", cadre2()).contentType("application/json")
                        .content(JSON.writeValueAsString(Map.of("villageId", village1, "name", "x", "workerSubject", "w", "workerName", "w"))))
                .andExpect(status().isUnprocessableContent());
        assertThat(count("grid_memberships")).isEqualTo(before);
    }

    @Test
    void whenMicroGridInputIsBadThenTheFieldIsNamed() throws Exception {
        mvc.perform(post("/api/v1/grid/micro-grids").header("Authorization", cadre1()).contentType("application/json")
                        .content("{\"villageId\":\"" + village1 + "\",\"name\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("name", "workerSubject")));
        mvc.perform(put("/api/v1/grid/settings").header("Authorization", countyAdmin()).contentType("application/json")
                        .content("{\"maxHouseholdsPerMicroGrid\":5}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("maxHouseholdsPerMicroGrid"));
    }
}
