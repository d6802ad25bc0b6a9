package org.villagegov.council.matter;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.villagegov.council.CouncilTestSupport;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class MatterIntegrationTests extends CouncilTestSupport {

    static final String MATTERS = "/api/v1/council/matters";

    String queue;

    @BeforeEach
    void listen() {
        queue = listenToEvents();
    }

    @AfterEach
    void stopListening() {
        rabbitAdmin.deleteQueue(queue);
    }

    private String propose(String title) throws Exception {
        return postOk(MATTERS, cadre(), proposal(title)).get("id").asString();
    }

    private static String proposal(String title) {
        return """
                {"villageId":"%s","title":"%s","kind":"PUBLIC_WORKS","amount":180000,"description":"road to the bay",
                 "heldOn":"%s","minutes":"The branch committee proposes to harden the road"}
                """.formatted(VILLAGE, title, today().minusDays(10));
    }

    private static String meeting(int daysAgo, String vote) {
        return "{\"heldOn\":\"%s\",\"vote\":%s,\"minutes\":\"discussed\"}".formatted(today().minusDays(daysAgo), vote);
    }

    private static String representatives(int daysAgo, String vote, List<String> households) {
        return "{\"heldOn\":\"%s\",\"vote\":%s,\"minutes\":\"resolved\",\"householdIds\":%s}"
                .formatted(today().minusDays(daysAgo), vote, JSON.writeValueAsString(households));
    }

    private static String publication(int daysAgo) {
        return "{\"publishedOn\":\"%s\",\"text\":\"posted on the village board\"}".formatted(today().minusDays(daysAgo));
    }

    private int step(String id, String step, String body) throws Exception {
        return call("POST", MATTERS + "/" + id + "/" + step, cadre(), body).getStatus();
    }

    @Test
    void whenAMatterPassesEveryStepInOrderThenItIsResolvedPublishedAndTheEventsAreSent() throws Exception {
        String id = propose("Harden the bay road");
        String first = household();
        String second = household();
        assertThat(step(id, "two-committees", meeting(8, vote(9, 8, 7, 1, 0)))).isEqualTo(200);
        assertThat(step(id, "party-members", meeting(6, vote(30, 22, 20, 1, 1)))).isEqualTo(200);
        assertThat(step(id, "representatives", representatives(4, vote(25, 21, 18, 2, 1), List.of(first, second, first))))
                .isEqualTo(200);
        JsonNode adopted = getOk(MATTERS + "/" + id, cadre());
        assertThat(adopted.get("status").asString()).isEqualTo("ADOPTED");
        assertThat(adopted.get("steps").get(3).get("householdIds").size()).as("duplicates dropped").isEqualTo(2);

        JsonNode resolved = awaitEvent(queue, "matter.resolved", id);
        assertThat(resolved.get("payload").get("villageId").asString()).isEqualTo(VILLAGE);
        assertThat(resolved.get("payload").get("townshipId").asString()).isEqualTo(TOWNSHIP);
        assertThat(resolved.get("payload").get("kind").asString()).isEqualTo("PUBLIC_WORKS");
        assertThat(resolved.get("payload").get("title").asString()).isEqualTo("Harden the bay road");
        assertThat(resolved.get("payload").get("resolvedOn").asString()).isEqualTo(today().minusDays(4).toString());
        JsonNode attended = awaitEvent(queue, "meeting.attended", id);
        assertThat(attended.get("payload").get("matterId").asString()).isEqualTo(id);
        assertThat(attended.get("payload").get("householdIds").valueStream().map(JsonNode::asString)).containsExactly(first, second);
        assertThat(attended.get("payload").get("heldOn").asString()).isEqualTo(today().minusDays(4).toString());
        assertThat(attended.get("payload").get("meetingId").asString()).isNotBlank();

        assertThat(step(id, "result", publication(2))).as("result before resolution").isEqualTo(409);
        assertThat(step(id, "resolution", publication(3))).isEqualTo(200);
        assertThat(step(id, "resolution", publication(3))).isEqualTo(409);
        assertThat(step(id, "result", publication(0))).isEqualTo(200);
        JsonNode done = getOk(MATTERS + "/" + id, villager("villager-1"));
        assertThat(done.get("stage").asString()).isEqualTo("RESULT_PUBLISHED");
        assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.get("steps").size()).isEqualTo(6);
        awaitEvent(queue, "matter.result-published", id);
    }

    @Test
    void whenAStepIsOutOfOrderThenConflictAndNothingChanges() throws Exception {
        String id = propose("Village fund for irrigation");
        long version = getOk(MATTERS + "/" + id, cadre()).get("version").asLong();
        assertThat(step(id, "party-members", meeting(8, vote(30, 20, 20, 0, 0)))).isEqualTo(409);
        assertThat(step(id, "representatives", representatives(8, vote(25, 20, 20, 0, 0), List.of()))).isEqualTo(409);
        assertThat(step(id, "resolution", publication(8))).as("publication before adoption").isEqualTo(409);
        assertThat(step(id, "result", publication(8))).isEqualTo(409);
        assertThat(getOk(MATTERS + "/" + id, cadre()).get("version").asLong()).isEqualTo(version);
        assertThat(step(id, "two-committees", meeting(8, vote(9, 9, 9, 0, 0)))).isEqualTo(200);
        assertThat(step(id, "two-committees", meeting(8, vote(9, 9, 9, 0, 0)))).as("no step twice").isEqualTo(409);
        assertThat(step(id, "representatives", representatives(8, vote(25, 20, 20, 0, 0), List.of()))).isEqualTo(409);
    }

    @Test
    void whenAVoteHasNoQuorumOrImpossibleCountsThenUnprocessableAndNothingChanges() throws Exception {
        String id = propose("Lease of the collective fish pond");
        step(id, "two-committees", meeting(8, vote(9, 8, 7, 1, 0)));
        step(id, "party-members", meeting(7, vote(30, 22, 20, 1, 1)));
        long version = getOk(MATTERS + "/" + id, cadre()).get("version").asLong();

        MockHttpServletResponse noQuorum = call("POST", MATTERS + "/" + id + "/representatives", cadre(),
                representatives(5, vote(25, 12, 12, 0, 0), List.of()));
        assertThat(noQuorum.getStatus()).isEqualTo(422);
        assertThat(noQuorum.getContentType()).startsWith("application/problem+json");
        assertThat(json(noQuorum.getContentAsString()).get("errors").get(0).get("field").asString()).isEqualTo("vote.present");
        assertThat(step(id, "representatives", representatives(5, vote(25, 30, 20, 0, 0), List.of()))).isEqualTo(422);
        assertThat(step(id, "representatives", representatives(5, vote(25, 20, 15, 5, 5), List.of()))).isEqualTo(422);
        assertThat(step(id, "representatives", representatives(9, vote(25, 20, 15, 0, 0), List.of())))
                .as("dated before the previous step").isEqualTo(422);
        assertThat(step(id, "representatives", representatives(-3, vote(25, 20, 15, 0, 0), List.of())))
                .as("dated in the future").isEqualTo(422);
        assertThat(step(id, "representatives", representatives(5, vote(25, 20, 15, 0, 0), List.of("v2-" + household()))))
                .as("a household of another village").isEqualTo(422);
        assertThat(step(id, "representatives", representatives(5, vote(25, 20, 15, 0, 0), List.of("gone-1"))))
                .as("a household grid-service does not know").isEqualTo(422);
        MockHttpServletResponse bad = call("POST", MATTERS + "/" + id + "/representatives", cadre(),
                "{\"heldOn\":\"%s\",\"vote\":{\"entitled\":0,\"present\":1},\"minutes\":\"x\",\"householdIds\":[]}".formatted(today()));
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(json(bad.getContentAsString()).get("errors").findValuesAsString("field")).contains("vote.entitled", "vote.votesFor");
        JsonNode unchanged = getOk(MATTERS + "/" + id, cadre());
        assertThat(unchanged.get("version").asLong()).isEqualTo(version);
        assertThat(unchanged.get("stage").asString()).isEqualTo("PARTY_MEMBERS");
    }

    @Test
    void whenAMeetingVotesAgainstThenTheMatterIsClosedWithTheReason() throws Exception {
        String id = propose("Sell the old school building");
        assertThat(step(id, "two-committees", "{\"heldOn\":\"%s\",\"vote\":%s,\"minutes\":\"x\",\"rejectionReason\":\"Heritage building\"}"
                .formatted(today().minusDays(3), vote(9, 9, 3, 6, 0)))).isEqualTo(200);
        JsonNode rejected = getOk(MATTERS + "/" + id, cadre());
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("rejectionReason").asString()).isEqualTo("Heritage building");
        assertThat(step(id, "party-members", meeting(1, vote(30, 22, 20, 1, 1)))).isEqualTo(409);
        assertThat(step(id, "reject", "{\"reason\":\"again\"}")).isEqualTo(409);

        String tie = propose("Tie at the representatives");
        step(tie, "two-committees", meeting(8, vote(9, 8, 7, 1, 0)));
        step(tie, "party-members", meeting(7, vote(30, 22, 20, 1, 1)));
        assertThat(step(tie, "representatives", representatives(5, vote(25, 20, 10, 10, 0), List.of(household())))).isEqualTo(200);
        JsonNode notAdopted = getOk(MATTERS + "/" + tie, cadre());
        assertThat(notAdopted.get("status").asString()).as("half is not more than half").isEqualTo("REJECTED");
        assertThat(notAdopted.get("rejectionReason").asString()).contains("10 for");
        assertThat(step(tie, "resolution", publication(1))).isEqualTo(409);

        String withdrawn = propose("Withdrawn");
        assertThat(step(withdrawn, "reject", "{\"reason\":\"The township found no budget\"}")).isEqualTo(200);
        assertThat(getOk(MATTERS + "/" + withdrawn, cadre()).get("rejectionReason").asString()).isEqualTo("The township found no budget");
        assertThat(step(withdrawn, "two-committees", meeting(1, vote(9, 8, 7, 1, 0)))).isEqualTo(409);
    }

    @Test
    void whenTwoMeetingsOfTheSameStepAreRecordedAtOnceThenOneWinsAndTheOtherIsAConflict() throws Exception {
        String id = propose("Concurrent deliberation");
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> steps = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            steps.add(() -> {
                start.await();
                return step(id, "two-committees", meeting(3, vote(9, 8, 7, 1, 0)));
            });
        }
        List<Integer> statuses = new ArrayList<>();
        try (var executor = Executors.newFixedThreadPool(4)) {
            var futures = steps.stream().map(executor::submit).toList();
            start.countDown();
            for (var status : futures) {
                statuses.add(status.get());
            }
        }
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(3);
        assertThat(getOk(MATTERS + "/" + id, cadre()).get("steps").size()).isEqualTo(2);
    }

    @Test
    void whenAProposalIsBadThenTheFieldIsNamedAndNothingIsStored() throws Exception {
        long before = count("matters");
        for (String[] bad : List.of(
                new String[]{proposal("x").replace("PUBLIC_WORKS", "PARTY"), "kind", "400"},
                new String[]{proposal("x").replace("180000", "-5"), "amount", "400"},
                new String[]{proposal(""), "title", "400"},
                new String[]{proposal("x").replace(VILLAGE, OTHER_VILLAGE), "villageId", "422"},
                new String[]{proposal("x").replace(VILLAGE, "v-nowhere"), "villageId", "422"},
                new String[]{proposal("x").replace(today().minusDays(10).toString(), today().plusDays(1).toString()), "heldOn", "422"},
                new String[]{proposal("x").replace("\"heldOn\"", "\"vote\":" + vote(9, 8, 2, 6, 0) + ",\"heldOn\""), "vote.votesFor", "422"})) {
            MockHttpServletResponse response = call("POST", MATTERS, cadre(), bad[0]);
            assertThat(response.getStatus()).as(bad[1] + ": " + response.getContentAsString()).isEqualTo(Integer.parseInt(bad[2]));
            assertThat(json(response.getContentAsString()).get("errors").findValuesAsString("field")).contains(bad[1]);
        }
        assertThat(count("matters")).isEqualTo(before);
    }

    @Test
    void whenVillagersReadThenOnlyPublishedMattersOfTheirVillageShow() throws Exception {
        String id = propose("Not yet public");
        assertThat(call("GET", MATTERS + "/" + id, villager("villager-2"), null).getStatus()).isEqualTo(404);
        assertThat(getOk(MATTERS, villager("villager-2")).get("items").findValuesAsString("id")).doesNotContain(id);
        assertThat(getOk(MATTERS, cadre()).get("items").findValuesAsString("id")).contains(id);
        assertThat(getOk(MATTERS, otherVillageCadre()).get("items").findValuesAsString("id")).doesNotContain(id);
        assertThat(getOk(MATTERS + "?villageId=" + VILLAGE, townshipOfficer()).get("items").findValuesAsString("id")).contains(id);
        assertThat(call("GET", MATTERS + "/" + id, otherVillageCadre(), null).getStatus()).isEqualTo(404);
        assertThat(call("POST", MATTERS + "/" + id + "/two-committees", villager("villager-2"), meeting(1, vote(9, 8, 7, 1, 0)))
                .getStatus()).isEqualTo(403);
        assertThat(call("POST", MATTERS + "/" + id + "/two-committees", otherVillageCadre(), meeting(1, vote(9, 8, 7, 1, 0)))
                .getStatus()).isEqualTo(404);
    }
}
