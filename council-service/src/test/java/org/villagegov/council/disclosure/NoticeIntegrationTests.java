package org.villagegov.council.disclosure;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.villagegov.council.CouncilTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeIntegrationTests extends CouncilTestSupport {

    static final String NOTICES = "/api/v1/council/notices";

    private String post(String category, int fromDays, int untilDays) throws Exception {
        return postOk(NOTICES, cadre(), """
                {"villageId":"%s","category":"%s","title":"Accounts of the third quarter","body":"Income 12,000 yuan",
                 "publishFrom":"%s","publishUntil":"%s"}
                """.formatted(VILLAGE, category, today().plusDays(fromDays), today().plusDays(untilDays))).get("id").asString();
    }

    @Test
    void whenVillagersReadTheBoardThenOnlyCurrentNoticesOfTheirVillageShow() throws Exception {
        String current = post("FINANCES", -1, 30);
        String future = post("PARTY_AFFAIRS", 5, 30);
        String withdrawn = post("VILLAGE_AFFAIRS", 0, 30);
        assertThat(call("POST", NOTICES + "/" + withdrawn + "/withdraw", cadre(), "{\"reason\":\"wrong figures\"}").getStatus())
                .isEqualTo(200);
        assertThat(call("POST", NOTICES + "/" + withdrawn + "/withdraw", cadre(), "{\"reason\":\"again\"}").getStatus())
                .isEqualTo(409);
        List<String> seen = getOk(NOTICES + "?current=false", villager("v")).get("items").findValuesAsString("id");
        assertThat(seen).contains(current).doesNotContain(future, withdrawn);
        assertThat(getOk(NOTICES + "?category=FINANCES", villager("v")).get("items").findValuesAsString("id")).contains(current);
        assertThat(getOk(NOTICES + "?category=PARTY_AFFAIRS", villager("v")).get("items").findValuesAsString("id")).doesNotContain(current);
        assertThat(getOk(NOTICES + "?current=false", cadre()).get("items").findValuesAsString("id")).contains(current, future, withdrawn);
        assertThat(call("GET", NOTICES + "/" + future, villager("v"), null).getStatus()).isEqualTo(404);
        assertThat(getOk(NOTICES + "/" + current, villager("v")).get("current").asBoolean()).isTrue();
        assertThat(call("GET", NOTICES + "/" + current, otherVillageCadre(), null).getStatus()).isEqualTo(404);
        assertThat(getOk(NOTICES, otherVillageCadre()).get("items").findValuesAsString("id")).doesNotContain(current);
    }

    @Test
    void whenANoticeIsBadThenRefusedAndNothingStored() throws Exception {
        long before = count("notices");
        String body = """
                {"villageId":"%s","category":"%s","title":"t","body":"b","publishFrom":"%s","publishUntil":"%s"}
                """;
        MockHttpServletResponse category = call("POST", NOTICES, cadre(), body.formatted(VILLAGE, "GOSSIP", today(), today()));
        assertThat(category.getStatus()).isEqualTo(400);
        assertThat(json(category.getContentAsString()).get("errors").findValuesAsString("field")).contains("category");
        assertThat(call("POST", NOTICES, cadre(), body.formatted(VILLAGE, "FINANCES", today(), today().minusDays(1))).getStatus())
                .isEqualTo(422);
        assertThat(call("POST", NOTICES, cadre(), body.formatted(VILLAGE, "FINANCES", today().minusDays(9), today().minusDays(2)))
                .getStatus()).isEqualTo(422);
        assertThat(call("POST", NOTICES, otherVillageCadre(), body.formatted(VILLAGE, "FINANCES", today(), today())).getStatus())
                .isEqualTo(422);
        assertThat(call("POST", NOTICES, villager("v"), body.formatted(VILLAGE, "FINANCES", today(), today())).getStatus())
                .isEqualTo(403);
        assertThat(count("notices")).isEqualTo(before);
    }
}
