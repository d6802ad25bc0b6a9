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

    /** Steps 2 and 3: {@code present} attendees by name out of {@code entitled}, and the tally. */
    private static String meeting(int daysAgo, int entitled, int present, String tally) {
        List<String> attendees = new ArrayList<>();
        for (int i = 0; i < present; i++) {
            attendees.add("Attendee " + i);
        }
        return "{\"heldOn\":\"%s\",\"entitled\":%d,\"attendees\":%s,\"vote\":%s,\"minutes\":\"discussed\"}"
                .formatted(today().minusDays(daysAgo), entitled, JSON.writeValueAsString(attendees), tally);
    }

    private static String representatives(int daysAgo, String tally, List<String> households) {
        return "{\"heldOn\":\"%s\",\"vote\":%s,\"minutes\":\"resolved\",\"householdIds\":%s}"
                .formatted(today().minusDays(daysAgo), tally, JSON.writeValueAsString(households));
    }

    /** Six representatives on Baisha's roster; four make the two-thirds quorum. */
    private List<String> sixRepresentatives() throws Exception {
        List<String> representatives = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            representatives.add(household());
        }
        roster(VILLAGE, representatives);
        return representatives;
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
        List<String> representatives = sixRepresentatives();
        String first = representatives.get(0);
        String second = representatives.get(1);
        assertThat(step(id, "two-committees", meeting(8, 9, 8, tally(7, 1, 0)))).isEqualTo(200);
        assertThat(step(id, "party-members", meeting(6, 30, 22, tally(20, 1, 1)))).isEqualTo(200);
        assertThat(step(id, "representatives", representatives(4, tally(3, 1, 0),
                List.of(first, second, first, representatives.get(2), representatives.get(3)))))
                .isEqualTo(200);
        JsonNode adopted = getOk(MATTERS + "/" + id, cadre());
        assertThat(adopted.get("status").asString()).isEqualTo("ADOPTED");
        assertThat(adopted.get("steps").get(3).get("householdIds").size()).as("duplicates dropped").isEqualTo(4);
        assertThat(adopted.get("steps").get(3).get("vote").get("entitled").asInt()).as("the roster, not typed").isEqualTo(6);
        assertThat(adopted.get("steps").get(3).get("vote").get("present").asInt()).isEqualTo(4);
        assertThat(adopted.get("steps").get(1).get("attendees").size()).isEqualTo(8);

        JsonNode resolved = awaitEvent(queue, "matter.resolved", id);
        assertThat(resolved.get("payload").get("villageId").asString()).isEqualTo(VILLAGE);
        assertThat(resolved.get("payload").get("townshipId").asString()).isEqualTo(TOWNSHIP);
        assertThat(resolved.get("payload").get("kind").asString()).isEqualTo("PUBLIC_WORKS");
        assertThat(resolved.get("payload").get("title").asString()).isEqualTo("Harden the bay road");
        assertThat(resolved.get("payload").get("resolvedOn").asString()).isEqualTo(today().minusDays(4).toString());
        JsonNode attended = awaitEvent(queue, "meeting.attended", id);
        assertThat(attended.get("payload").get("matterId").asString()).isEqualTo(id);
        assertThat(attended.get("payload").get("householdIds").valueStream().map(JsonNode::asString))
                .as("points only for the households recorded present")
                .containsExactly(first, second, representatives.get(2), representatives.get(3));
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
        assertThat(step(id, "party-members", meeting(8, 30, 20, tally(20, 0, 0)))).isEqualTo(409);
        assertThat(step(id, "representatives", representatives(8, tally(1, 0, 0), List.of(household())))).isEqualTo(409);
        assertThat(step(id, "resolution", publication(8))).as("publication before adoption").isEqualTo(409);
        assertThat(step(id, "result", publication(8))).isEqualTo(409);
        assertThat(getOk(MATTERS + "/" + id, cadre()).get("version").asLong()).isEqualTo(version);
        assertThat(step(id, "two-committees", meeting(8, 9, 9, tally(9, 0, 0)))).isEqualTo(200);
        assertThat(step(id, "two-committees", meeting(8, 9, 9, tally(9, 0, 0)))).as("no step twice").isEqualTo(409);
        assertThat(step(id, "representatives", representatives(8, tally(1, 0, 0), List.of(household())))).isEqualTo(409);
    }

    @Test
    void whenAVoteHasNoQuorumOrImpossibleCountsThenUnprocessableAndNothingChanges() throws Exception {
        String id = propose("Lease of the collective fish pond");
        step(id, "two-committees", meeting(8, 9, 8, tally(7, 1, 0)));
        step(id, "party-members", meeting(7, 30, 22, tally(20, 1, 1)));
        List<String> roster = sixRepresentatives();
        List<String> three = roster.subList(0, 3);
        List<String> four = roster.subList(0, 4);
        long version = getOk(MATTERS + "/" + id, cadre()).get("version").asLong();

        MockHttpServletResponse noQuorum = call("POST", MATTERS + "/" + id + "/representatives", cadre(),
                representatives(5, tally(3, 0, 0), three));
        assertThat(noQuorum.getStatus()).as("3 of 6 is half, not two thirds").isEqualTo(422);
        assertThat(noQuorum.getContentType()).startsWith("application/problem+json");
        assertThat(json(noQuorum.getContentAsString()).get("errors").get(0).get("field").asString()).isEqualTo("householdIds");
        assertThat(step(id, "representatives", representatives(5, tally(3, 1, 1), four))).as("more votes than present").isEqualTo(422);
        assertThat(step(id, "representatives", representatives(9, tally(3, 0, 0), four)))
                .as("dated before the previous step").isEqualTo(422);
        assertThat(step(id, "representatives", representatives(-3, tally(3, 0, 0), four)))
                .as("dated in the future").isEqualTo(422);
        List<String> withStranger = new ArrayList<>(three);
        withStranger.add(household());
        assertThat(step(id, "representatives", representatives(5, tally(3, 0, 0), withStranger)))
                .as("a household that is not on the roster cannot make up the quorum").isEqualTo(422);
        List<String> withOtherVillage = new ArrayList<>(three);
        withOtherVillage.add("v2-" + household());
        assertThat(step(id, "representatives", representatives(5, tally(3, 0, 0), withOtherVillage)))
                .as("a household of another village").isEqualTo(422);
        assertThat(step(id, "representatives", representatives(5, tally(3, 0, 0), List.of("gone-1"))))
                .as("a household grid-service does not know").isEqualTo(422);
        MockHttpServletResponse typed = call("POST", MATTERS + "/" + id + "/representatives", cadre(),
                "{\"heldOn\":\"%s\",\"vote\":{\"entitled\":4,\"present\":4,\"votesFor\":4,\"votesAgainst\":0,\"abstentions\":0},\"minutes\":\"x\",\"householdIds\":%s}"
                        .formatted(today(), JSON.writeValueAsString(three)));
        assertThat(typed.getStatus()).as("entitled and present are never typed").isEqualTo(400);
        MockHttpServletResponse bad = call("POST", MATTERS + "/" + id + "/representatives", cadre(),
                "{\"heldOn\":\"%s\",\"vote\":{\"votesAgainst\":-1},\"minutes\":\"x\",\"householdIds\":[]}".formatted(today()));
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(json(bad.getContentAsString()).get("errors").findValuesAsString("field"))
                .contains("vote.votesFor", "vote.votesAgainst", "householdIds");
        JsonNode unchanged = getOk(MATTERS + "/" + id, cadre());
        assertThat(unchanged.get("version").asLong()).isEqualTo(version);
        assertThat(unchanged.get("stage").asString()).isEqualTo("PARTY_MEMBERS");
    }

    @Test
    void whenAMeetingVotesAgainstThenTheMatterIsClosedWithTheReason() throws Exception {
        String id = propose("Sell the old school building");
        assertThat(step(id, "two-committees", meeting(3, 9, 9, tally(3, 6, 0))
                .replace("\"minutes\"", "\"rejectionReason\":\"Heritage building\",\"minutes\""))).isEqualTo(200);
        JsonNode rejected = getOk(MATTERS + "/" + id, cadre());
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("rejectionReason").asString()).isEqualTo("Heritage building");
        assertThat(step(id, "party-members", meeting(1, 30, 22, tally(20, 1, 1)))).isEqualTo(409);
        assertThat(step(id, "reject", "{\"reason\":\"again\"}")).isEqualTo(409);

        String tie = propose("Tie at the representatives");
        step(tie, "two-committees", meeting(8, 9, 8, tally(7, 1, 0)));
        step(tie, "party-members", meeting(7, 30, 22, tally(20, 1, 1)));
        assertThat(step(tie, "representatives", representatives(5, tally(2, 2, 0), sixRepresentatives().subList(0, 4)))).isEqualTo(200);
        JsonNode notAdopted = getOk(MATTERS + "/" + tie, cadre());
        assertThat(notAdopted.get("status").asString()).as("half is not more than half").isEqualTo("REJECTED");
        assertThat(notAdopted.get("rejectionReason").asString()).contains("2 for");
        assertThat(step(tie, "resolution", publication(1))).isEqualTo(409);

        String withdrawn = propose("Withdrawn");
        assertThat(step(withdrawn, "reject", "{\"reason\":\"The township found no budget\"}")).isEqualTo(200);
        assertThat(getOk(MATTERS + "/" + withdrawn, cadre()).get("rejectionReason").asString()).isEqualTo("The township found no budget");
        assertThat(step(withdrawn, "two-committees", meeting(1, 9, 8, tally(7, 1, 0)))).isEqualTo(409);
    }

    @Test
    void whenTwoMeetingsOfTheSameStepAreRecordedAtOnceThenOneWinsAndTheOtherIsAConflict() throws Exception {
        String id = propose("Concurrent deliberation");
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> steps = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            steps.add(() -> {
                start.await();
                return step(id, "two-committees", meeting(3, 9, 8, tally(7, 1, 0)));
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
        assertThat(call("POST", MATTERS + "/" + id + "/two-committees", villager("villager-2"), meeting(1, 9, 8, tally(7, 1, 0)))
                .getStatus()).isEqualTo(403);
        assertThat(call("POST", MATTERS + "/" + id + "/two-committees", otherVillageCadre(), meeting(1, 9, 8, tally(7, 1, 0)))
                .getStatus()).isEqualTo(404);
    }

    @Test
    void whenAVillagersMeetingIsCountedByHouseholdThenTwoThirdsOfTheVillagesHouseholdsMustAttend() throws Exception {
        String id = propose("Villagers decide on the land lease");
        step(id, "two-committees", meeting(8, 9, 8, tally(7, 1, 0)));
        step(id, "party-members", meeting(7, 30, 22, tally(20, 1, 1)));
        grid.householdCounts.put(VILLAGE, 6L);
        try {
            List<String> households = List.of(household(), household(), household(), household());
            String villagers = representatives(5, tally(2, 1, 0), households.subList(0, 3))
                    .replace("\"minutes\"", "\"meetingKind\":\"VILLAGERS\",\"minutes\"");
            MockHttpServletResponse short3 = call("POST", MATTERS + "/" + id + "/representatives", cadre(), villagers);
            assertThat(short3.getStatus()).as("3 of the village's 6 households").isEqualTo(422);
            assertThat(short3.getContentAsString()).contains("householdIds");
            String quorate = representatives(5, tally(3, 1, 0), households)
                    .replace("\"minutes\"", "\"meetingKind\":\"VILLAGERS\",\"minutes\"");
            assertThat(step(id, "representatives", quorate)).isEqualTo(200);
        } finally {
            grid.householdCounts.remove(VILLAGE);
        }
        JsonNode step = getOk(MATTERS + "/" + id, cadre()).get("steps").get(3);
        assertThat(step.get("meetingKind").asString()).isEqualTo("VILLAGERS");
        assertThat(step.get("vote").get("entitled").asInt()).as("the village's households per grid-service").isEqualTo(6);
        assertThat(step.get("vote").get("present").asInt()).isEqualTo(4);
        assertThat(step.get("passed").asBoolean()).as("3 for out of 4 present").isTrue();
    }

    @Test
    void whenTheCommitteesOrPartyMembersMeetThenTheirAttendeesAreRecordedAndPresentIsCounted() throws Exception {
        String id = propose("Attendees of the joint meeting");
        long version = getOk(MATTERS + "/" + id, cadre()).get("version").asLong();
        MockHttpServletResponse none = call("POST", MATTERS + "/" + id + "/two-committees", cadre(),
                meeting(3, 9, 0, tally(0, 0, 0)));
        assertThat(none.getStatus()).isEqualTo(400);
        assertThat(json(none.getContentAsString()).get("errors").findValuesAsString("field")).contains("attendees");
        assertThat(step(id, "two-committees", meeting(3, 9, 4, tally(4, 0, 0)))).as("4 of 9 is no quorum").isEqualTo(422);
        assertThat(step(id, "two-committees", meeting(3, 9, 5, tally(5, 1, 0)))).as("more votes than attendees").isEqualTo(422);
        assertThat(step(id, "two-committees", meeting(3, 9, 5, tally(5, 0, 0)).replace("\"entitled\":9",
                "\"entitled\":9,\"present\":9"))).as("present is never typed").isEqualTo(400);
        assertThat(getOk(MATTERS + "/" + id, cadre()).get("version").asLong()).isEqualTo(version);
        assertThat(step(id, "two-committees", meeting(3, 9, 5, tally(5, 0, 0)))).isEqualTo(200);
        JsonNode step = getOk(MATTERS + "/" + id, cadre()).get("steps").get(1);
        assertThat(step.get("vote").get("present").asInt()).isEqualTo(5);
        assertThat(step.get("attendees").size()).isEqualTo(5);
    }

    @Test
    void whenManyHouseholdsAttendThenTheyAreCheckedInOneBatchLookup() throws Exception {
        String id = propose("One lookup for the whole meeting");
        step(id, "two-committees", meeting(8, 9, 8, tally(7, 1, 0)));
        step(id, "party-members", meeting(7, 30, 22, tally(20, 1, 1)));
        List<String> representatives = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            representatives.add(household());
        }
        roster(VILLAGE, representatives);
        int batches = grid.batchLookups.get();
        int singles = grid.singleLookups.get();
        assertThat(step(id, "representatives", representatives(5, tally(50, 0, 0), representatives))).isEqualTo(200);
        assertThat(grid.batchLookups.get() - batches).isEqualTo(1);
        assertThat(grid.singleLookups.get() - singles).isZero();
    }
}
