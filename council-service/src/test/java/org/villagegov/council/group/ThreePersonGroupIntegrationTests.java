package org.villagegov.council.group;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.villagegov.council.CouncilTestSupport;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ThreePersonGroupIntegrationTests extends CouncilTestSupport {

    static final String GROUPS = "/api/v1/council/three-person-groups/";

    private static String composition(String village, String leader, String party, String villagers, String since) {
        return """
                {"villageId":"%s","groupName":"Group 3","leader":{"name":"%s","householdId":"hh-leader"},
                 "partyMemberRepresentative":{"name":"%s"},"villagersRepresentative":{"name":"%s"},"since":"%s"}
                """.formatted(village, leader, party, villagers, since);
    }

    @Test
    void whenAGroupIsRecomposedThenTheFormerCompositionIsKeptWithItsDates() throws Exception {
        String group = "g1";
        MockHttpServletResponse first = call("PUT", GROUPS + group, cadre(),
                composition(VILLAGE, "Zhou Ping", "Xu Hong", "Ma Lin", today().minusYears(2).toString()));
        assertThat(first.getStatus()).as(first.getContentAsString()).isEqualTo(200);
        JsonNode second = json(call("PUT", GROUPS + group, cadre(),
                composition(VILLAGE, "Zhou Ping", "Xu Hong", "Guo Fei", today().toString())).getContentAsString());
        assertThat(second.get("current").get("villagersRepresentative").get("name").asString()).isEqualTo("Guo Fei");
        assertThat(second.get("history").get(0).get("villagersRepresentative").get("name").asString()).isEqualTo("Ma Lin");
        assertThat(second.get("history").get(0).get("until").asString()).isEqualTo(today().toString());
        assertThat(getOk(GROUPS + group, villager("v")).get("current").get("leader").get("name").asString()).isEqualTo("Zhou Ping");
        assertThat(getOk(GROUPS.substring(0, GROUPS.length() - 1) + "?villageId=" + VILLAGE, councilMember())
                .get("items").findValuesAsString("groupId")).contains(group);
    }

    @Test
    void whenACompositionIsWrongThenRefusedAndNothingChanges() throws Exception {
        String group = "g1-wrong";
        long before = count("three_person_groups");
        assertThat(call("PUT", GROUPS + group, cadre(), composition(VILLAGE, "A", "A", "B", today().toString())).getStatus())
                .as("three different people").isEqualTo(422);
        MockHttpServletResponse missing = call("PUT", GROUPS + group, cadre(),
                composition(VILLAGE, "A", "B", "C", today().toString()).replace("\"partyMemberRepresentative\":{\"name\":\"B\"},", ""));
        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(json(missing.getContentAsString()).get("errors").findValuesAsString("field")).contains("partyMemberRepresentative");
        assertThat(call("PUT", GROUPS + group, cadre(), composition(VILLAGE, "A", "B", "C", today().toString())).getStatus())
                .as("the leader's household lives in group g1, not this one").isEqualTo(422);
        assertThat(call("PUT", GROUPS + group, otherVillageCadre(), composition(VILLAGE, "A", "B", "C", today().toString())).getStatus())
                .isEqualTo(422);
        assertThat(call("PUT", GROUPS + group, villager("v"), composition(VILLAGE, "A", "B", "C", today().toString())).getStatus())
                .isEqualTo(403);
        assertThat(count("three_person_groups")).isEqualTo(before);
        assertThat(call("GET", GROUPS + "g1", otherVillageCadre(), null).getStatus()).isIn(404);
    }
}
