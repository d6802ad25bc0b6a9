package org.villagegov.mediation.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.villagegov.mediation.MediationTestSupport;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Intake takes places and households from grid-service through the place guard, never from the request. */
class IntakeScopeIntegrationTests extends MediationTestSupport {

    private static final String CASES = "/api/v1/mediation/cases";

    private MockHttpServletResponse refusedAndNothingStored(String token, String body, int status, String field) throws Exception {
        Map<String, List<Document>> before = snapshot("cases");
        MockHttpServletResponse response = call("POST", CASES, token, body);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(json(response.getContentAsString()).get("errors").findValuesAsString("field")).contains(field);
        assertThat(snapshot("cases")).isEqualTo(before);
        return response;
    }

    private static String outsiders(String place) {
        return """
                {"source":"WALK_IN","category":"DEBT","description":"x","amount":1,%s"parties":[
                 {"kind":"OUTSIDER","name":"A","contact":"13800001111"},{"kind":"OUTSIDER","name":"B","contact":"13800002222"}]}
                """.formatted(place);
    }

    @Test
    void whenStaffOpenACaseWithSeveralHouseholdsThenOneBatchLookupChecksThemAll() throws Exception {
        int batches = grid.batchLookups.get();
        int singles = grid.singleLookups.get();

        JsonNode c = postJson(CASES, countyAdmin(), walkIn("FAMILY", 0, household(), household(), household(),
                otherVillageHousehold(), otherTownshipHousehold()));

        assertThat(c.get("parties")).hasSize(5);
        assertThat(grid.batchLookups.get()).isEqualTo(batches + 1);
        assertThat(grid.singleLookups.get()).isEqualTo(singles);
    }

    @Test
    void whenCadreNamesTheirOwnTownshipWithAVillageOfAnotherTownshipThenRefusedNamingTheVillage() throws Exception {
        refusedAndNothingStored(cadre(), outsiders("\"townshipId\":\"%s\",\"villageId\":\"%s\",".formatted(TOWNSHIP, FAR_VILLAGE)),
                422, "villageId");
    }

    @Test
    void whenTheBodysTownshipDisagreesWithTheGridsThenRefusedNamingTownshipId() throws Exception {
        refusedAndNothingStored(countyAdmin(), outsiders("\"townshipId\":\"%s\",\"villageId\":\"%s\",".formatted(TOWNSHIP, FAR_VILLAGE)),
                422, "townshipId");
        refusedAndNothingStored(countyAdmin(), walkIn("DEBT", 1, household(), household())
                .replace("\"parties\"", "\"townshipId\":\"" + OTHER_TOWNSHIP + "\",\"parties\""), 422, "townshipId");
    }

    @Test
    void whenCadreNamesAHouseholdOutsideTheirVillageThenRefusedExactlyLikeAnUnknownOne() throws Exception {
        MockHttpServletResponse outside = refusedAndNothingStored(cadre(),
                walkIn("DEBT", 1, household(), "t2-probe"), 422, "parties[1].householdId");
        MockHttpServletResponse unknown = refusedAndNothingStored(cadre(),
                walkIn("DEBT", 1, household(), "gone-probe"), 422, "parties[1].householdId");
        assertThat(json(outside.getContentAsString()).get("detail").asString().replace("t2-probe", "ID"))
                .isEqualTo(json(unknown.getContentAsString()).get("detail").asString().replace("gone-probe", "ID"));
        assertThat(outside.getContentAsString()).doesNotContain(FAR_VILLAGE).doesNotContain(OTHER_TOWNSHIP);
    }

    @Test
    void whenAVillagerFilesThenTheCaseIsInTheirOwnVillageAndOnlyTheirHouseholdCarriesTheirAccount() throws Exception {
        String own = household();
        String other = household();
        JsonNode c = postJson(CASES, villager("villager-own-household"), walkIn("DEBT", 300, own, other).replace("WALK_IN", "ONLINE"));

        assertThat(c.get("villageId").asString()).isEqualTo(VILLAGE);
        assertThat(c.get("townshipId").asString()).isEqualTo(TOWNSHIP);
        Document stored = stored(c.get("id").asString());
        List<Document> parties = stored.getList("parties", Document.class);
        assertThat(parties.get(0).getString("householdId")).isEqualTo(own);
        assertThat(parties.get(0).getString("userId")).isEqualTo("villager-own-household");
        assertThat(parties.get(1).getString("userId")).isNull();
    }

    @Test
    void whenAVillagerNamesAPlaceOrAHouseholdNotTheirOwnThenRefusedNamingTheField() throws Exception {
        String villager = villager("villager-elsewhere");
        // the first party is their own household: not one of another village
        refusedAndNothingStored(villager, walkIn("DEBT", 1, otherVillageHousehold(), household()).replace("WALK_IN", "ONLINE"),
                422, "parties[0].householdId");
        // nor an outsider
        refusedAndNothingStored(villager, outsiders("").replace("WALK_IN", "ONLINE"), 422, "parties[0].kind");
        // the case goes to their own village whatever the body says
        refusedAndNothingStored(villager, walkIn("DEBT", 1, household(), household()).replace("WALK_IN", "ONLINE")
                .replace("\"parties\"", "\"villageId\":\"" + OTHER_VILLAGE + "\",\"parties\""), 422, "villageId");
        refusedAndNothingStored(villager, walkIn("DEBT", 1, household(), household()).replace("WALK_IN", "ONLINE")
                .replace("\"parties\"", "\"townshipId\":\"" + OTHER_TOWNSHIP + "\",\"parties\""), 422, "townshipId");
    }

    @Test
    void whenAVillagerNamesAnotherHouseholdThenTheAnswerRevealsNothingGridKnowsAboutIt() throws Exception {
        String other = household();
        String villager = villager("villager-names-other");
        JsonNode c = postJson(CASES, villager, walkIn("DEBT", 300, household(), other).replace("WALK_IN", "ONLINE"));

        JsonNode theirs = c.get("parties").get(1);
        assertThat(theirs.get("householdId").asString()).isEqualTo(other);
        assertThat(theirs.get("name").isNull()).isTrue();
        assertThat(theirs.get("townshipId").isNull()).isTrue();
        assertThat(theirs.get("villageId").isNull()).isTrue();
        assertThat(c.toString()).doesNotContain("Head of " + other);
        assertThat(getJson(CASES + "/" + c.get("id").asString(), villager).toString()).doesNotContain("Head of " + other);
        // the staff see what grid-service says
        assertThat(getJson(CASES + "/" + c.get("id").asString(), cadre()).get("parties").get(1).get("name").asString())
                .isEqualTo("Head of " + other);
    }

    @Test
    void whenIntakeNamesManyHouseholdsThenStillOneLookupAndAnUnknownOneIsNamedByItsIndex() throws Exception {
        List<String> households = new ArrayList<>();
        for (int i = 0; i < 19; i++) {
            households.add(household());
        }
        households.add(7, "gone-" + System.nanoTime());
        int batches = grid.batchLookups.get();
        refusedAndNothingStored(countyAdmin(), walkIn("DEBT", 1, households.toArray(String[]::new)), 422,
                "parties[7].householdId");
        assertThat(grid.batchLookups.get()).isEqualTo(batches + 1);
    }
}
