package org.villagegov.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The place lookups the other services' place guards ask (CONTRACTS.md), and the event that empties their caches. */
class LookupIntegrationTests extends GridTestSupport {

    private static final String SERVICE = TestTokens.forTenant("daye").roles("service").bearer();

    private String register(String headUserId, String idNumberDigits) throws Exception {
        String body = JSON.writeValueAsString(Map.of("villageId", village1, "naturalVillageId", naturalVillage1,
                "groupId", group1, "address", "No. 9, Upper Bay", "headName", "Li Ming", "headUserId", headUserId,
                "residents", List.of(Map.of("name", "Li Ming", "idNumber", idNumber(idNumberDigits), "birthYear", 1980))));
        String answer = mvc.perform(post("/api/v1/grid/households").header("Authorization", countyAdmin())
                        .contentType("application/json").content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json(answer).get("id").asString();
    }

    @Test
    void whenAServiceAsksForAnyPlaceThenItGetsItsKindTownshipVillageAndHouseholds() throws Exception {
        register("lookup-head-1", "42028119800101111");
        mvc.perform(get("/api/v1/grid/lookup/places/" + naturalVillage1).header("Authorization", SERVICE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("NATURAL_VILLAGE"))
                .andExpect(jsonPath("$.townshipId").value(township))
                .andExpect(jsonPath("$.villageId").value(village1))
                .andExpect(jsonPath("$.naturalVillageId").value(naturalVillage1));
        mvc.perform(get("/api/v1/grid/lookup/places/" + group1).header("Authorization", SERVICE))
                .andExpect(jsonPath("$.kind").value("GROUP"))
                .andExpect(jsonPath("$.naturalVillageId").value(naturalVillage1));
        mvc.perform(get("/api/v1/grid/lookup/places/" + township).header("Authorization", SERVICE))
                .andExpect(jsonPath("$.kind").value("TOWNSHIP"))
                .andExpect(jsonPath("$.townshipId").value(township));
        String count = mvc.perform(get("/api/v1/grid/lookup/places/" + village1).header("Authorization", SERVICE))
                .andExpect(jsonPath("$.kind").value("VILLAGE"))
                .andReturn().getResponse().getContentAsString();
        assertThat(json(count).get("householdCount").asLong()).isPositive();
    }

    @Test
    void whenThePlaceIsUnknownOrOfAnotherCountyThenNotFound() throws Exception {
        mvc.perform(get("/api/v1/grid/lookup/places/nowhere").header("Authorization", SERVICE))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/grid/lookup/places/" + village1).header("Authorization", otherCountyAdmin()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/grid/lookup/places/" + village1)).andExpect(status().isUnauthorized());
    }

    @Test
    void whenManyHouseholdsAreAskedAtOnceThenKnownOnesComeBackWithoutPersonalData() throws Exception {
        String known = register("lookup-head-2", "42028119800101222");
        List<String> ids = new ArrayList<>(IntStream.range(0, 1_999).mapToObj(i -> "unknown-" + i).toList());
        ids.add(known);

        mvc.perform(post("/api/v1/grid/lookup/households").header("Authorization", SERVICE)
                        .contentType("application/json").content(JSON.writeValueAsString(Map.of("householdIds", ids))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.households.length()").value(1))
                .andExpect(jsonPath("$.households[0].householdId").value(known))
                .andExpect(jsonPath("$.households[0].villageId").value(village1))
                .andExpect(jsonPath("$.households[0].naturalVillageId").value(naturalVillage1))
                .andExpect(content().string(not(containsString(idNumber("42028119800101222")))));
        mvc.perform(post("/api/v1/grid/lookup/households").header("Authorization", otherCountyAdmin())
                        .contentType("application/json").content(JSON.writeValueAsString(Map.of("householdIds", List.of(known)))))
                .andExpect(jsonPath("$.households.length()").value(0));
    }

    @Test
    void whenMoreThanTwoThousandHouseholdsAreAskedThenRefusedNamingTheField() throws Exception {
        List<String> ids = IntStream.range(0, 2_001).mapToObj(i -> "h-" + i).toList();
        mvc.perform(post("/api/v1/grid/lookup/households").header("Authorization", SERVICE)
                        .contentType("application/json").content(JSON.writeValueAsString(Map.of("householdIds", ids))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("householdIds"));
    }

    @Test
    void whenAServiceAsksInABatchThenNothingIsRecordedInTheAuditLog() throws Exception {
        long before = count("audit_log");
        mvc.perform(post("/api/v1/grid/lookup/households").header("Authorization", SERVICE)
                        .contentType("application/json").content("{\"householdIds\":[\"h-1\"]}"))
                .andExpect(status().isOk());
        assertThat(count("audit_log")).isEqualTo(before);
    }

    @Test
    void whenARegionIsRenamedOrMovedThenRegionChangedIsRaisedWithTheWrite() throws Exception {
        String otherTownship = createRegion("TOWNSHIP", "Chengguan", null);
        String village = createRegion("VILLAGE", "Xiaoshan", township);

        mvc.perform(post("/api/v1/grid/regions/" + village + "/move").header("Authorization", countyAdmin())
                        .contentType("application/json").content("{\"parentId\":\"" + otherTownship + "\"}"))
                .andExpect(status().isOk());

        Document region = TenantContext.call("daye", () -> mongo.findById(village, Document.class, "regions"));
        List<Document> outbox = region.getList("outbox", Document.class);
        assertThat(outbox).extracting(event -> event.getString("type")).contains("region.changed");
        assertThat(region.getString("townshipId")).isEqualTo(otherTownship);
    }
}
