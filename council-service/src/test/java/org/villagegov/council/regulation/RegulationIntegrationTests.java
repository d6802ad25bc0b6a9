package org.villagegov.council.regulation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.villagegov.council.CouncilTestSupport;
import org.villagegov.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class RegulationIntegrationTests extends CouncilTestSupport {

    static final String REGULATIONS = "/api/v1/council/regulations";

    private int step(String id, String step, String body) throws Exception {
        return call("POST", REGULATIONS + "/" + id + "/" + step, thirdVillageCadre(), body).getStatus();
    }

    private static String thirdVillager() {
        return TestTokens.forTenant("daye").subject("v3").roles("villager").township(TOWNSHIP)
                .village(THIRD_VILLAGE).bearer();
    }

    private String discussion() {
        return "{\"heldOn\":\"%s\",\"summary\":\"read out at the courtyard meetings\"}".formatted(today());
    }

    /** A villagers' meeting of the third village (3 households per grid-service): {@code present} of them came. */
    private String adoption(int present, String tally) {
        grid.householdCounts.put(THIRD_VILLAGE, 3L);
        List<String> households = new ArrayList<>();
        for (int i = 0; i < present; i++) {
            households.add("v3-" + UUID.randomUUID());
        }
        return "{\"heldOn\":\"%s\",\"meetingKind\":\"VILLAGERS\",\"householdIds\":%s,\"vote\":%s}"
                .formatted(today(), JSON.writeValueAsString(households), tally);
    }

    @Test
    void whenAVersionPassesDraftDiscussionVoteAndPublicationThenTheFormerOneStaysReadable() throws Exception {
        MockHttpServletResponse created = call("POST", REGULATIONS, thirdVillageCadre(), """
                {"villageId":"%s","title":"Baisha village compact",
                 "sections":{"MORALITY":"Respect the old","THRIFT":"No extravagant weddings","HYGIENE":"Sort rubbish"}}
                """.formatted(THIRD_VILLAGE));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        String id = json(created.getContentAsString()).get("id").asString();
        assertThat(call("POST", REGULATIONS, thirdVillageCadre(), "{\"villageId\":\"%s\",\"title\":\"t\",\"sections\":{\"SAFETY\":\"x\"}}"
                .formatted(THIRD_VILLAGE)).getStatus()).as("one regulations document per village").isEqualTo(409);
        assertThat(step(id, "adoption", adoption(3, tally(2, 1, 0)))).as("vote before discussion").isEqualTo(409);
        assertThat(step(id, "publication", "{\"publishedOn\":\"%s\"}".formatted(today()))).as("publish a draft").isEqualTo(409);
        long draftVersion = getOk(REGULATIONS + "/" + id, thirdVillageCadre()).get("version").asLong();
        assertThat(getOk(REGULATIONS + "/" + id, thirdVillageCadre()).get("version").asLong())
                .as("refused steps stored nothing").isEqualTo(draftVersion);
        assertThat(step(id, "discussion", discussion())).isEqualTo(200);
        assertThat(step(id, "discussion", discussion())).isEqualTo(409);
        assertThat(step(id, "adoption", adoption(1, tally(1, 0, 0)))).as("no quorum").isEqualTo(422);
        assertThat(getOk(REGULATIONS + "/" + id, thirdVillageCadre()).get("versions").get(0).get("status").asString())
                .isEqualTo("DISCUSSION");
        assertThat(step(id, "adoption", adoption(3, tally(2, 1, 0)))).isEqualTo(200);
        String villager = thirdVillager();
        assertThat(call("GET", REGULATIONS + "/" + id, villager, null).getContentAsString()).doesNotContain("Respect the old");
        assertThat(step(id, "publication", "{\"publishedOn\":\"%s\"}".formatted(today()))).isEqualTo(200);
        assertThat(getOk(REGULATIONS + "/" + id, villager).get("versions").get(0).get("sections").get("MORALITY").asString())
                .isEqualTo("Respect the old");

        String second = "{\"sections\":{\"MORALITY\":\"Respect the old and the young\",\"EMERGENCIES\":\"Flood drill each May\"}}";
        assertThat(step(id, "versions", second)).isEqualTo(201);
        assertThat(step(id, "versions", second)).as("one version under way at a time").isEqualTo(409);
        step(id, "discussion", discussion());
        step(id, "adoption", adoption(3, tally(2, 1, 0)));
        step(id, "publication", "{\"publishedOn\":\"%s\"}".formatted(today()));
        JsonNode versions = getOk(REGULATIONS + "/" + id, villager).get("versions");
        assertThat(versions.get(0).get("status").asString()).isEqualTo("SUPERSEDED");
        assertThat(versions.get(0).get("sections").get("THRIFT").asString()).isEqualTo("No extravagant weddings");
        assertThat(versions.get(1).get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(versions.get(1).get("number").asInt()).isEqualTo(2);

        assertThat(step(id, "versions", "{\"sections\":{\"SAFETY\":\"x\"}}")).isEqualTo(201);
        step(id, "discussion", discussion());
        assertThat(step(id, "adoption", adoption(3, tally(1, 2, 0)))).isEqualTo(200);
        assertThat(getOk(REGULATIONS + "/" + id, thirdVillageCadre()).get("versions").get(2).get("status").asString()).isEqualTo("REJECTED");
        assertThat(step(id, "publication", "{\"publishedOn\":\"%s\"}".formatted(today()))).isEqualTo(409);
        assertThat(call("GET", REGULATIONS + "/" + id, otherVillageCadre(), null).getStatus()).isEqualTo(404);
    }

    @Test
    void whenADraftIsBadThenRefusedAndNothingStored() throws Exception {
        long before = count("regulations");
        MockHttpServletResponse area = call("POST", REGULATIONS, cadre(),
                "{\"villageId\":\"%s\",\"title\":\"t\",\"sections\":{\"GAMBLING\":\"x\"}}".formatted(OTHER_VILLAGE));
        assertThat(area.getStatus()).isEqualTo(400);
        MockHttpServletResponse empty = call("POST", REGULATIONS, cadre(),
                "{\"villageId\":\"%s\",\"title\":\"t\",\"sections\":{}}".formatted(VILLAGE));
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(json(empty.getContentAsString()).get("errors").findValuesAsString("field")).contains("sections");
        assertThat(call("POST", REGULATIONS, villager("v"),
                "{\"villageId\":\"%s\",\"title\":\"t\",\"sections\":{\"SAFETY\":\"x\"}}".formatted(VILLAGE)).getStatus()).isEqualTo(403);
        assertThat(count("regulations")).isEqualTo(before);
    }
}
