package org.villagegov.mediation.intake;

import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.villagegov.mediation.MediationTestSupport;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class IntakeIntegrationTests extends MediationTestSupport {

    @Test
    void whenCadreTakesAWalkInThenCaseOpensAtTheVillageWithHouseholdsCheckedAndCaseOpenedRaised() throws Exception {
        JsonNode c = openCase("NEIGHBOURHOOD", 2000);

        assertThat(c.get("status").asString()).isEqualTo("OPEN");
        assertThat(c.get("level").asString()).isEqualTo("VILLAGE");
        assertThat(c.get("townshipId").asString()).isEqualTo(TOWNSHIP);
        assertThat(c.get("villageId").asString()).isEqualTo(VILLAGE);
        assertThat(c.get("acceptanceDeadline").asString()).isEqualTo(today().plusDays(3).toString());
        assertThat(c.get("parties").get(0).get("name").asString()).startsWith("Head of hh-");
        List<Document> opened = outbox(c.get("id").asString(), "case.opened");
        assertThat(opened).hasSize(1);
        JsonNode payload = json(opened.getFirst().getString("payload"));
        assertThat(payload.get("caseId").asString()).isEqualTo(c.get("id").asString());
        assertThat(payload.get("source").asString()).isEqualTo("WALK_IN");
        assertThat(payload.get("level").asString()).isEqualTo("VILLAGE");
        assertThat(payload.get("category").asString()).isEqualTo("NEIGHBOURHOOD");
        assertThat(payload.get("villageId").asString()).isEqualTo(VILLAGE);
        assertThat(payload.has("reportId")).isTrue();
    }

    @ParameterizedTest(name = "{0} {1} yuan between {2} -> {3}")
    @CsvSource({
            "NEIGHBOURHOOD, 500, same-village, VILLAGE",
            "LAND, 500, same-village, TOWNSHIP",
            "DEBT, 50000, same-village, TOWNSHIP",
            "DEBT, 200000, same-village, COUNTY",
            "FAMILY, 0, two-villages, TOWNSHIP",
            "FAMILY, 0, two-townships, COUNTY",
            "DAMAGES, 0, with-outsider, TOWNSHIP"})
    void whenCaseIsOpenedThenTriagePicksTheLevelFromCategoryAmountAndParties(String category, long amount, String parties,
                                                                           String level) throws Exception {
        String body = switch (parties) {
            case "two-villages" -> walkIn(category, amount, household(), otherVillageHousehold());
            case "two-townships" -> walkIn(category, amount, household(), otherTownshipHousehold());
            case "with-outsider" -> """
                    {"source":"HOTLINE","category":"%s","description":"a broken fence","amount":%d,"parties":[
                     {"kind":"HOUSEHOLD","householdId":"%s"},{"kind":"OUTSIDER","name":"Trader Wu","contact":"138 0000 1111"}]}
                    """.formatted(category, amount, household());
            default -> walkIn(category, amount, household(), household());
        };
        JsonNode c = postJson("/api/v1/mediation/cases", countyAdmin(), body);
        assertThat(c.get("level").asString()).isEqualTo(level);
    }

    @Test
    void whenVillagerFilesOnlineThenTheyAreTheFirstPartyAndSeeTheCaseButOthersDoNot() throws Exception {
        String body = walkIn("DEBT", 300, household(), household()).replace("WALK_IN", "ONLINE");
        JsonNode c = postJson("/api/v1/mediation/cases", villager("villager-online"), body);
        String id = c.get("id").asString();

        assertThat(c.get("parties").get(0).get("userId").asString()).isEqualTo("villager-online");
        assertThat(c.get("source").asString()).isEqualTo("ONLINE");
        getJson("/api/v1/mediation/cases/" + id, villager("villager-online"));
        assertThat(call("GET", "/api/v1/mediation/cases/" + id, villager("villager-other"), null).getStatus()).isEqualTo(404);
        JsonNode mine = getJson("/api/v1/mediation/cases", villager("villager-online"));
        assertThat(mine.get("items")).hasSize(1);
        assertThat(mine.get("items").get(0).get("id").asString()).isEqualTo(id);
    }

    @Test
    void whenAVillagerReadsTheirCaseThenTheOtherPartysContactIsMaskedButTheStaffSeeIt() throws Exception {
        String body = """
                {"source":"ONLINE","category":"DEBT","description":"an unpaid loan","amount":900,"parties":[
                 {"kind":"HOUSEHOLD","householdId":"%s","contact":"13911112222"},
                 {"kind":"OUTSIDER","name":"Trader Wu","contact":"13800005678"}]}
                """.formatted(household());
        JsonNode c = postJson("/api/v1/mediation/cases", villager("villager-masked"), body);
        String id = c.get("id").asString();

        JsonNode seen = getJson("/api/v1/mediation/cases/" + id, villager("villager-masked"));
        assertThat(seen.get("parties").get(0).get("contact").asString()).isEqualTo("13911112222");
        assertThat(seen.get("parties").get(1).get("contact").asString()).isEqualTo("138****5678");
        assertThat(getJson("/api/v1/mediation/cases/" + id, cadre()).get("parties").get(1).get("contact").asString())
                .isEqualTo("13800005678");
    }

    @Test
    void whenVillagerUsesAnotherSourceThenRefused() throws Exception {
        MockHttpServletResponse response = call("POST", "/api/v1/mediation/cases", villager("villager-x"),
                walkIn("DEBT", 300, household(), household()));
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(json(response.getContentAsString()).get("errors").findValuesAsString("field")).contains("source");
    }

    @Test
    void whenPoliceReferOutsidersThenTheCaseNamesTheVillageAndTheReferral() throws Exception {
        JsonNode c = postJson("/api/v1/mediation/cases", integrator(), """
                {"source":"REFERRAL","referral":{"by":"POLICE","reference":"PS-2026-118"},"category":"DAMAGES",
                 "description":"a traffic scrape","amount":800,"villageId":"%s","parties":[
                 {"kind":"OUTSIDER","name":"Driver Li","contact":"139 1111 2222"},
                 {"kind":"OUTSIDER","name":"Driver Zhao","contact":"139 3333 4444"}]}
                """.formatted(OTHER_VILLAGE));
        assertThat(c.get("referral").get("by").asString()).isEqualTo("POLICE");
        assertThat(c.get("villageId").asString()).isEqualTo(OTHER_VILLAGE);
        assertThat(c.get("townshipId").asString()).isEqualTo(TOWNSHIP);
        assertThat(c.get("level").asString()).isEqualTo("TOWNSHIP");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown household|{\"source\":\"WALK_IN\",\"category\":\"DEBT\",\"description\":\"x\",\"amount\":1,\"parties\":[{\"kind\":\"HOUSEHOLD\",\"householdId\":\"gone-1\"},{\"kind\":\"HOUSEHOLD\",\"householdId\":\"hh-a1\"}]}|422|parties[0].householdId",
            "inactive household|{\"source\":\"WALK_IN\",\"category\":\"DEBT\",\"description\":\"x\",\"amount\":1,\"parties\":[{\"kind\":\"HOUSEHOLD\",\"householdId\":\"hh-a2\"},{\"kind\":\"HOUSEHOLD\",\"householdId\":\"moved-1\"}]}|422|parties[1].householdId",
            "same household twice|{\"source\":\"WALK_IN\",\"category\":\"DEBT\",\"description\":\"x\",\"amount\":1,\"parties\":[{\"kind\":\"HOUSEHOLD\",\"householdId\":\"hh-a3\"},{\"kind\":\"HOUSEHOLD\",\"householdId\":\"hh-a3\"}]}|422|parties[1].householdId",
            "outsider without contact|{\"source\":\"WALK_IN\",\"category\":\"DEBT\",\"description\":\"x\",\"amount\":1,\"parties\":[{\"kind\":\"HOUSEHOLD\",\"householdId\":\"hh-a4\"},{\"kind\":\"OUTSIDER\",\"name\":\"Wu\"}]}|422|parties[1].contact",
            "only outsiders, no village|{\"source\":\"WALK_IN\",\"category\":\"DEBT\",\"description\":\"x\",\"amount\":1,\"parties\":[{\"kind\":\"OUTSIDER\",\"name\":\"A\",\"contact\":\"1\"},{\"kind\":\"OUTSIDER\",\"name\":\"B\",\"contact\":\"2\"}]}|422|villageId",
            "unknown village|{\"source\":\"WALK_IN\",\"category\":\"DEBT\",\"description\":\"x\",\"amount\":1,\"villageId\":\"v-nowhere\",\"parties\":[{\"kind\":\"OUTSIDER\",\"name\":\"A\",\"contact\":\"1\"},{\"kind\":\"OUTSIDER\",\"name\":\"B\",\"contact\":\"2\"}]}|422|villageId",
            "grid report by hand|{\"source\":\"GRID_REPORT\",\"category\":\"DEBT\",\"description\":\"x\",\"amount\":1,\"parties\":[{\"kind\":\"HOUSEHOLD\",\"householdId\":\"hh-a5\"},{\"kind\":\"HOUSEHOLD\",\"householdId\":\"hh-a6\"}]}|422|source",
            "referral without referrer|{\"source\":\"REFERRAL\",\"category\":\"DEBT\",\"description\":\"x\",\"amount\":1,\"parties\":[{\"kind\":\"HOUSEHOLD\",\"householdId\":\"hh-a7\"},{\"kind\":\"HOUSEHOLD\",\"householdId\":\"hh-a8\"}]}|422|referral",
            "negative amount|{\"source\":\"WALK_IN\",\"category\":\"DEBT\",\"description\":\"x\",\"amount\":-5,\"parties\":[{\"kind\":\"HOUSEHOLD\",\"householdId\":\"hh-a9\"},{\"kind\":\"HOUSEHOLD\",\"householdId\":\"hh-b1\"}]}|400|amount",
            "unknown category|{\"source\":\"WALK_IN\",\"category\":\"WITCHCRAFT\",\"description\":\"x\",\"amount\":1,\"parties\":[{\"kind\":\"HOUSEHOLD\",\"householdId\":\"hh-b2\"},{\"kind\":\"HOUSEHOLD\",\"householdId\":\"hh-b3\"}]}|400|category",
            "blank description|{\"source\":\"WALK_IN\",\"category\":\"DEBT\",\"description\":\" \",\"amount\":1,\"parties\":[{\"kind\":\"HOUSEHOLD\",\"householdId\":\"hh-b4\"},{\"kind\":\"HOUSEHOLD\",\"householdId\":\"hh-b5\"}]}|400|description",
            "one party only|{\"source\":\"WALK_IN\",\"category\":\"DEBT\",\"description\":\"x\",\"amount\":1,\"parties\":[{\"kind\":\"HOUSEHOLD\",\"householdId\":\"hh-b6\"}]}|400|parties",
            "party without kind|{\"source\":\"WALK_IN\",\"category\":\"DEBT\",\"description\":\"x\",\"amount\":1,\"parties\":[{\"householdId\":\"hh-b7\"},{\"kind\":\"HOUSEHOLD\",\"householdId\":\"hh-b8\"}]}|400|parties[0].kind",
            "household of another village for this cadre|{\"source\":\"WALK_IN\",\"category\":\"DEBT\",\"description\":\"x\",\"amount\":1,\"parties\":[{\"kind\":\"HOUSEHOLD\",\"householdId\":\"v2-c1\"},{\"kind\":\"HOUSEHOLD\",\"householdId\":\"v2-c2\"}]}|422|parties[0].householdId"})
    void whenIntakeIsInvalidThenRefusedNamingTheFieldAndNothingStored(String what, String body, int status, String field)
            throws Exception {
        Map<String, List<Document>> before = snapshot("cases");

        MockHttpServletResponse response = call("POST", "/api/v1/mediation/cases", cadre(), body);

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(json(response.getContentAsString()).get("errors").findValuesAsString("field")).contains(field);
        assertThat(snapshot("cases")).isEqualTo(before);
    }
}
