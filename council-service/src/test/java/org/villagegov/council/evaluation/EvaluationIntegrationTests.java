package org.villagegov.council.evaluation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.villagegov.council.CouncilTestSupport;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluationIntegrationTests extends CouncilTestSupport {

    static final String EVALUATIONS = "/api/v1/council/evaluations";

    String queue;

    @BeforeEach
    void listen() {
        queue = listenToEvents();
    }

    @AfterEach
    void stopListening() {
        rabbitAdmin.deleteQueue(queue);
    }

    JsonNode seatedCouncil() throws Exception {
        String id = postOk("/api/v1/council/councils", cadre(), """
                {"villageId":"%s","naturalVillageId":"%s","name":"Council","seats":5}
                """.formatted(VILLAGE, naturalVillage())).get("id").asString();
        return postOk("/api/v1/council/councils/" + id + "/terms", cadre(), """
                {"start":"%s","end":"%s","members":[{"name":"Tang Rui","category":"PARTY_MEMBER","president":true},
                 {"name":"Lu Qing","category":"CAPABLE_PERSON","president":false}]}
                """.formatted(today().minusYears(1), today().plusYears(2)));
    }

    private String evaluation(JsonNode council, int year, int score, int memberScore) {
        JsonNode members = council.get("currentTerm").get("members");
        return """
                {"councilId":"%s","year":%d,"scores":{"party":%d,"villagers":%d,"township":%d},
                 "members":[{"memberId":"%s","scores":{"party":%d,"villagers":%d,"township":%d}},
                            {"memberId":"%s","scores":{"party":60,"villagers":60,"township":60}}]}
                """.formatted(council.get("id").asString(), year, score, score, score, members.get(0).get("id").asString(),
                memberScore, memberScore, memberScore, members.get(1).get("id").asString());
    }

    @Test
    void whenTheCountyRanksAYearThenTheBestAreAwardedAndOutstandingMembersBecomeCadreCandidates() throws Exception {
        int year = 2019;
        JsonNode best = seatedCouncil();
        JsonNode second = seatedCouncil();
        assertThat(call("POST", EVALUATIONS, townshipOfficer(), evaluation(best, year, 95, 98)).getStatus()).isEqualTo(201);
        assertThat(call("POST", EVALUATIONS, countyAdmin(), evaluation(second, year, 80, 70)).getStatus()).isEqualTo(201);
        assertThat(call("POST", EVALUATIONS, countyAdmin(), evaluation(second, year, 80, 70)).getStatus())
                .as("once per council and year").isEqualTo(409);
        assertThat(getOk(EVALUATIONS + "?year=" + year, cadre()).get(0).get("total").asDouble()).isEqualTo(95.0);

        MockHttpServletResponse ranked = call("POST", EVALUATIONS + "/" + year + "/ranking", countyAdmin(),
                "{\"advancedCouncils\":1,\"outstandingMembers\":1}");
        assertThat(ranked.getStatus()).as(ranked.getContentAsString()).isEqualTo(201);
        JsonNode round = json(ranked.getContentAsString());
        assertThat(round.get("ranking").get(0).get("councilId").asString()).isEqualTo(best.get("id").asString());
        assertThat(round.get("ranking").get(0).get("advancedCouncil").asBoolean()).isTrue();
        assertThat(round.get("ranking").get(1).get("advancedCouncil").asBoolean()).isFalse();
        assertThat(round.get("outstandingMembers").get(0).get("name").asString()).isEqualTo("Tang Rui");
        assertThat(call("POST", EVALUATIONS + "/" + year + "/ranking", countyAdmin(),
                "{\"advancedCouncils\":1,\"outstandingMembers\":1}").getStatus()).as("once per year").isEqualTo(409);
        assertThat(call("POST", EVALUATIONS, countyAdmin(), evaluation(seatedCouncil(), year, 99, 99)).getStatus())
                .as("the year is closed").isEqualTo(409);
        assertThat(getOk(EVALUATIONS + "/cadre-candidates", cadre()).findValuesAsString("name")).contains("Tang Rui");
        assertThat(getOk(EVALUATIONS + "/cadre-candidates", otherVillageCadre()).findValuesAsString("name")).doesNotContain("Tang Rui");
        JsonNode event = awaitEvent(queue, "evaluation.completed", "\"year\":" + year);
        assertThat(event.get("payload").get("advancedCouncilIds").get(0).asString()).isEqualTo(best.get("id").asString());
    }

    @Test
    void whenAnEvaluationIsBadThenRefusedAndNothingStored() throws Exception {
        JsonNode council = seatedCouncil();
        long before = count("evaluations");
        MockHttpServletResponse high = call("POST", EVALUATIONS, countyAdmin(), evaluation(council, 2020, 120, 90));
        assertThat(high.getStatus()).isEqualTo(400);
        assertThat(json(high.getContentAsString()).get("errors").findValuesAsString("field")).contains("scores.party");
        assertThat(call("POST", EVALUATIONS, countyAdmin(), evaluation(council, 2020, 90, 90)
                .replace(council.get("currentTerm").get("members").get(0).get("id").asString(), "stranger")).getStatus()).isEqualTo(422);
        assertThat(call("POST", EVALUATIONS, countyAdmin(), evaluation(council, today().getYear() + 1, 90, 90)).getStatus()).isEqualTo(422);
        assertThat(call("POST", EVALUATIONS, cadre(), evaluation(council, 2020, 90, 90)).getStatus()).as("the township evaluates").isEqualTo(403);
        MockHttpServletResponse pastYear = call("POST", EVALUATIONS + "/1999/ranking", countyAdmin(),
                "{\"advancedCouncils\":1,\"outstandingMembers\":1}");
        assertThat(pastYear.getStatus()).as("a year outside the documented 2000-2100 is bad input").isEqualTo(400);
        assertThat(json(pastYear.getContentAsString()).get("errors").findValuesAsString("field")).contains("year");
        assertThat(call("POST", EVALUATIONS + "/2021/ranking", countyAdmin(), "{\"advancedCouncils\":1,\"outstandingMembers\":1}")
                .getStatus()).as("nothing evaluated").isEqualTo(422);
        assertThat(count("evaluations")).isEqualTo(before);
    }
}
