package org.villagegov.council.election;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mock.web.MockHttpServletResponse;
import org.villagegov.council.CouncilTestSupport;
import org.villagegov.platform.tenancy.TenantContext;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ElectionIntegrationTests extends CouncilTestSupport {

    static final String COUNCILS = "/api/v1/council/councils";
    static final String ELECTIONS = "/api/v1/council/elections";

    String queue;
    /** The natural village of the council last formed, and the id prefix of its households. */
    String bay;
    String witness;

    @BeforeEach
    void listen() throws Exception {
        queue = listenToEvents();
        witness = household();
        roster(VILLAGE, List.of(witness));
    }

    @AfterEach
    void stopListening() {
        rabbitAdmin.deleteQueue(queue);
    }

    private String council() throws Exception {
        bay = naturalVillage();
        grid.householdsOfNaturalVillage(bay + "-hh-", bay);
        return postOk(COUNCILS, cadre(), """
                {"villageId":"%s","naturalVillageId":"%s","name":"Upper Bay council","seats":5}
                """.formatted(VILLAGE, bay)).get("id").asString();
    }

    /** A household of the natural village of the council last formed. */
    private String voter() {
        return bay + "-hh-" + UUID.randomUUID();
    }

    private String electionBody(String council, int seats, String... candidates) {
        StringBuilder list = new StringBuilder();
        String[] categories = {"PARTY_MEMBER", "CAPABLE_PERSON", "RESPECTED_ELDER", "RETURNING_ENTREPRENEUR"};
        for (int i = 0; i < candidates.length; i++) {
            list.append(i == 0 ? "" : ",").append("{\"name\":\"%s\",\"category\":\"%s\"}".formatted(candidates[i], categories[i % 4]));
        }
        return """
                {"councilId":"%s","title":"Third council","seats":%d,"termStart":"%s","termEnd":"%s",
                 "opensAt":"%s","closesAt":"%s","candidates":[%s]}
                """.formatted(council, seats, today().plusDays(3), today().plusYears(3), clock.instant().minusSeconds(3600),
                clock.instant().plus(Duration.ofDays(2)), list);
    }

    private JsonNode election(String council, int seats, String... candidates) throws Exception {
        return postOk(ELECTIONS, cadre(), electionBody(council, seats, candidates));
    }

    private static String candidate(JsonNode election, String name) {
        for (JsonNode candidate : election.get("candidates")) {
            if (candidate.get("name").asString().equals(name)) {
                return candidate.get("id").asString();
            }
        }
        throw new AssertionError(name);
    }

    /** A ballot; entered by a cadre it is a paper ballot, here with a fresh serial before the roster's witness (online ballots ignore both). */
    private MockHttpServletResponse ballot(String election, String token, String household, String... candidateIds) throws Exception {
        return paper(election, token, household, witness, "S-" + UUID.randomUUID().toString().substring(0, 8), candidateIds);
    }

    private MockHttpServletResponse paper(String election, String token, String household, String witnessId, String serial,
                                          String... candidateIds) throws Exception {
        String extra = ",\"witnessId\":\"%s\",\"serial\":\"%s\"".formatted(witnessId, serial);
        return call("POST", ELECTIONS + "/" + election + "/ballots", token,
                "{\"householdId\":\"%s\",\"candidateIds\":%s%s}".formatted(household, JSON.writeValueAsString(List.of(candidateIds)), extra));
    }

    @Test
    void whenHouseholdsVoteAndTheElectionClosesThenResultsTurnoutAndTheSeatedCouncilArePublished() throws Exception {
        String council = council();
        grid.householdCounts.put(bay, 40L);
        grid.householdCounts.put(VILLAGE, 400L);
        String first = voter();
        String head = "head-" + UUID.randomUUID();
        // heads are registered before the election: while it is open they cannot change
        assertThat(call("PUT", "/api/v1/council/households/" + first + "/head", cadre(), "{\"headSubject\":\"%s\"}"
                .formatted(head)).getStatus()).isEqualTo(200);
        JsonNode election = election(council, 2, "Wang Li", "Zhao Min", "Chen Bo");
        String id = election.get("id").asString();
        String wang = candidate(election, "Wang Li");
        String zhao = candidate(election, "Zhao Min");
        String chen = candidate(election, "Chen Bo");
        String second = voter();
        String third = voter();

        assertThat(ballot(id, villager("head-1"), first, wang).getStatus()).as("not registered as head").isEqualTo(403);
        assertThat(ballot(id, villager(head), first, wang, zhao).getStatus()).isEqualTo(201);
        assertThat(ballot(id, cadre(), first, chen).getStatus()).as("one household, one vote").isEqualTo(409);
        assertThat(ballot(id, villager("head-2"), first, chen).getStatus()).as("not the head").isEqualTo(403);
        MockHttpServletResponse paper = ballot(id, cadre(), second, wang);
        assertThat(paper.getStatus()).isEqualTo(201);
        assertThat(json(paper.getContentAsString()).get("channel").asString()).isEqualTo("PAPER");
        assertThat(paper.getContentAsString()).doesNotContain(wang);
        assertThat(ballot(id, cadre(), third, wang, zhao, chen).getStatus()).as("more choices than seats").isEqualTo(422);
        assertThat(ballot(id, cadre(), third, wang, wang).getStatus()).isEqualTo(422);
        assertThat(ballot(id, cadre(), third, "somebody").getStatus()).isEqualTo(422);
        assertThat(ballot(id, cadre(), "v2-" + third, wang).getStatus()).as("household of another village").isEqualTo(422);
        assertThat(ballot(id, cadre(), "moved-" + third, wang).getStatus()).as("household moved away").isEqualTo(422);
        assertThat(ballot(id, cadre(), third, zhao).getStatus()).isEqualTo(201);
        assertThat(call("POST", ELECTIONS + "/" + id + "/close", cadre(), null).getStatus()).as("window still open").isEqualTo(409);

        clock.advance(Duration.ofDays(3));
        assertThat(ballot(id, cadre(), voter(), zhao).getStatus()).as("window over").isEqualTo(409);
        MockHttpServletResponse closed = call("POST", ELECTIONS + "/" + id + "/close", cadre(), null);
        assertThat(closed.getStatus()).as(closed.getContentAsString()).isEqualTo(200);
        JsonNode results = getOk(ELECTIONS + "/" + id, villager("anyone"));
        assertThat(results.get("status").asString()).isEqualTo("CLOSED");
        assertThat(results.get("ballotsCast").asLong()).isEqualTo(3);
        assertThat(results.get("paperBallots").asLong()).isEqualTo(2);
        assertThat(results.get("householdCount").asLong()).as("the natural village's households, not the village's").isEqualTo(40);
        assertThat(results.get("turnoutPercent").asDouble()).isEqualTo(7.5);
        assertThat(results.get("results").get(0).get("candidateId").asString()).isEqualTo(wang);
        assertThat(results.get("results").get(0).get("votes").asLong()).isEqualTo(2);
        assertThat(results.get("results").get(2).get("elected").asBoolean()).isFalse();

        JsonNode seated = getOk(COUNCILS + "/" + council, councilMember());
        assertThat(seated.get("currentTerm").get("electionId").asString()).isEqualTo(id);
        assertThat(seated.get("currentTerm").get("members").findValuesAsString("name")).containsExactly("Wang Li", "Zhao Min");
        assertThat(seated.get("currentTerm").get("members").get(0).get("president").asBoolean()).isTrue();

        JsonNode event = awaitEvent(queue, "election.completed", id);
        assertThat(event.get("payload").get("turnoutPercent").asDouble()).isEqualTo(7.5);
        assertThat(event.get("payload").get("villageId").asString()).isEqualTo(VILLAGE);
        assertThat(event.get("payload").get("naturalVillageId").asString()).isEqualTo(bay);
        assertThat(event.get("payload").get("elected").findValuesAsString("name")).containsExactly("Wang Li", "Zhao Min");
        assertThat(call("POST", ELECTIONS + "/" + id + "/close", cadre(), null).getStatus()).isEqualTo(409);
    }

    @Test
    void whenTwentyBallotsForOneHouseholdArriveAtOnceThenExactlyOneCounts() throws Exception {
        JsonNode election = election(council(), 1, "Li Na", "Sun Wei");
        String id = election.get("id").asString();
        String household = voter();
        String candidate = candidate(election, "Li Na");
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> ballots = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ballots.add(() -> {
                start.await();
                return ballot(id, cadre(), household, candidate).getStatus();
            });
        }
        List<Integer> statuses = new ArrayList<>();
        try (var executor = Executors.newFixedThreadPool(20)) {
            List<Future<Integer>> futures = ballots.stream().map(executor::submit).toList();
            start.countDown();
            for (Future<Integer> status : futures) {
                statuses.add(status.get());
            }
        }
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(19);
        long voted = TenantContext.call("daye", () -> mongo.count(Query.query(Criteria.where("electionId").is(id)), "ballot_participations"));
        long papers = TenantContext.call("daye", () -> mongo.count(Query.query(Criteria.where("electionId").is(id)), "ballot_papers"));
        assertThat(voted).isEqualTo(1);
        assertThat(papers).as("no orphan choice of a refused ballot").isEqualTo(1);
    }

    @Test
    void whenElectionInputIsBadThenTheFieldIsNamedAndNothingIsStored() throws Exception {
        String council = council();
        long elections = count("elections");
        String good = electionBody(council, 2, "A", "B");
        for (String[] bad : List.of(
                new String[]{good.replace("\"seats\":2", "\"seats\":0"), "seats", "400"},
                new String[]{good.replace("PARTY_MEMBER", "LANDLORD"), "candidates[0].category", "400"},
                new String[]{good.replace("\"title\":\"Third council\"", "\"title\":\"\""), "title", "400"},
                new String[]{electionBody(council, 3, "A", "B"), "candidates", "422"},
                new String[]{electionBody(council, 9, "A", "B", "C", "D", "E", "F", "G", "H", "I"), "seats", "422"},
                new String[]{good.replace(council, "no-such-council"), "councilId", "422"},
                new String[]{good.replace("\"opensAt\"", "\"ignored\":1,\"opensAt\""), "ignored", "400"})) {
            MockHttpServletResponse response = call("POST", ELECTIONS, cadre(), bad[0]);
            assertThat(response.getStatus()).as(bad[1] + ": " + response.getContentAsString()).isEqualTo(Integer.parseInt(bad[2]));
            assertThat(json(response.getContentAsString()).get("errors").findValuesAsString("field")).contains(bad[1]);
        }
        assertThat(count("elections")).isEqualTo(elections);

        String id = election(council, 1, "A", "B").get("id").asString();
        assertThat(call("POST", ELECTIONS, cadre(), good).getStatus()).as("one open election per council").isEqualTo(409);
        long ballots = count("ballot_participations");
        MockHttpServletResponse empty = ballot(id, cadre(), voter());
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(json(empty.getContentAsString()).get("errors").findValuesAsString("field")).contains("candidateIds");
        assertThat(ballot(id, cadre(), "gone-1", "x").getStatus()).isEqualTo(422);
        assertThat(ballot(id, otherVillageCadre(), voter(), "x").getStatus()).isEqualTo(404);
        assertThat(count("ballot_participations")).isEqualTo(ballots);
    }

    @Test
    void whenACouncilGetsANewTermThenTheFormerOneIsKeptAsHistory() throws Exception {
        String council = council();
        String term = """
                {"start":"%s","end":"%s","members":[{"name":"Liu Yang","category":"RESPECTED_ELDER","president":true},
                 {"name":"Hu Jing","category":"RETURNING_ENTREPRENEUR","president":false}]}
                """;
        postOk(COUNCILS + "/" + council + "/terms", cadre(), term.formatted(today().minusYears(3), today()));
        JsonNode second = postOk(COUNCILS + "/" + council + "/terms", cadre(), term.formatted(today(), today().plusYears(3)));
        assertThat(second.get("currentTerm").get("number").asInt()).isEqualTo(2);
        assertThat(second.get("pastTerms").get(0).get("number").asInt()).isEqualTo(1);
        String hu = second.get("currentTerm").get("members").get(1).get("id").asString();
        JsonNode changed = json(call("PUT", COUNCILS + "/" + council + "/president", cadre(), "{\"memberId\":\"" + hu + "\"}")
                .getContentAsString());
        assertThat(changed.get("currentTerm").get("members").get(1).get("president").asBoolean()).isTrue();
        assertThat(changed.get("currentTerm").get("members").get(0).get("president").asBoolean()).isFalse();
        assertThat(call("PUT", COUNCILS + "/" + council + "/president", cadre(), "{\"memberId\":\"nobody\"}").getStatus()).isEqualTo(409);
        assertThat(call("POST", COUNCILS + "/" + council + "/terms", cadre(), term.formatted(today().minusYears(9), today().minusYears(8)))
                .getStatus()).as("a term before the current one").isEqualTo(422);
        assertThat(call("POST", COUNCILS + "/" + council + "/terms", cadre(),
                term.formatted(today(), today().plusYears(3)).replace("\"president\":false", "\"president\":true")).getStatus())
                .as("two presidents").isEqualTo(422);
        String duplicate = "{\"villageId\":\"%s\",\"naturalVillageId\":\"%s\",\"name\":\"x\",\"seats\":5}"
                .formatted(VILLAGE, getOk(COUNCILS + "/" + council, cadre()).get("naturalVillageId").asString());
        assertThat(call("POST", COUNCILS, cadre(), duplicate).getStatus()).as("one council per natural village").isEqualTo(409);
        assertThat(getOk(COUNCILS + "/" + council, cadre()).get("pastTerms").size()).isEqualTo(1);
        assertThat(call("GET", COUNCILS + "/" + council, otherVillageCadre(), null).getStatus()).isEqualTo(404);
    }

    @Test
    void whenAHouseholdOfAnotherNaturalVillageVotesThenRefusedNamingTheHousehold() throws Exception {
        JsonNode election = election(council(), 1, "Ma Yun", "Niu Li");
        String id = election.get("id").asString();
        long before = count("ballot_participations");
        MockHttpServletResponse otherBay = ballot(id, cadre(), household(), candidate(election, "Ma Yun"));
        assertThat(otherBay.getStatus()).as("a household of Baisha's natural village n1").isEqualTo(422);
        assertThat(json(otherBay.getContentAsString()).get("errors").findValuesAsString("field")).contains("householdId");
        assertThat(count("ballot_participations")).isEqualTo(before);
        assertThat(ballot(id, cadre(), voter(), candidate(election, "Ma Yun")).getStatus()).isEqualTo(201);
    }

    @Test
    void whenAPaperBallotLacksAWitnessOnTheRostersOrReusesASerialThenRefusedAndNothingStored() throws Exception {
        JsonNode election = election(council(), 1, "Gu Fei", "Bai Yu");
        String id = election.get("id").asString();
        String gu = candidate(election, "Gu Fei");
        String household = voter();
        long participations = count("ballot_participations");
        long papers = count("ballot_papers");
        String noWitness = "{\"householdId\":\"%s\",\"candidateIds\":[\"%s\"],\"serial\":\"P-1\"}".formatted(household, gu);
        MockHttpServletResponse missing = call("POST", ELECTIONS + "/" + id + "/ballots", cadre(), noWitness);
        assertThat(missing.getStatus()).isEqualTo(422);
        assertThat(json(missing.getContentAsString()).get("errors").findValuesAsString("field")).contains("witnessId");
        MockHttpServletResponse stranger = paper(id, cadre(), household, "someone-the-cadre-names", "P-1", gu);
        assertThat(stranger.getStatus()).as("the witness must be on the council's or the representatives' roster").isEqualTo(422);
        assertThat(json(stranger.getContentAsString()).get("errors").findValuesAsString("field")).contains("witnessId");
        MockHttpServletResponse self = paper(id, cadre(), witness, witness, "P-1", gu);
        assertThat(self.getStatus()).as("a household does not witness its own ballot").isIn(422);
        String noSerial = "{\"householdId\":\"%s\",\"candidateIds\":[\"%s\"],\"witnessId\":\"%s\"}".formatted(household, gu, witness);
        assertThat(json(call("POST", ELECTIONS + "/" + id + "/ballots", cadre(), noSerial).getContentAsString())
                .get("errors").findValuesAsString("field")).contains("serial");
        assertThat(count("ballot_participations")).isEqualTo(participations);
        assertThat(count("ballot_papers")).isEqualTo(papers);

        assertThat(paper(id, cadre(), household, witness, "P-1", gu).getStatus()).isEqualTo(201);
        MockHttpServletResponse reused = paper(id, cadre(), voter(), witness, "P-1", gu);
        assertThat(reused.getStatus()).as("serials are unique in an election").isEqualTo(422);
        assertThat(json(reused.getContentAsString()).get("errors").findValuesAsString("field")).contains("serial");
        assertThat(count("ballot_participations")).isEqualTo(participations + 1);
        assertThat(count("ballot_papers")).isEqualTo(papers + 1);
    }

    @Test
    void whenABallotIsStoredThenItsChoicesAreNotLinkedToTheHouseholdOrTheVoter() throws Exception {
        JsonNode election = election(council(), 1, "Xu Lan", "Qin Hao");
        String id = election.get("id").asString();
        String household = voter();
        assertThat(ballot(id, cadre(), household, candidate(election, "Xu Lan")).getStatus()).isEqualTo(201);
        List<Document> papers = TenantContext.call("daye", () -> mongo.find(Query.query(Criteria.where("electionId").is(id)),
                Document.class, "ballot_papers"));
        assertThat(papers).hasSize(1);
        assertThat(papers.getFirst().toJson()).doesNotContain(household).doesNotContain("cadre-1").doesNotContain(id + ":");
        assertThat(papers.getFirst().keySet()).containsExactlyInAnyOrder("_id", "electionId", "candidateIds", "channel", "_class");
        List<Document> participations = TenantContext.call("daye", () -> mongo.find(Query.query(Criteria.where("electionId").is(id)),
                Document.class, "ballot_participations"));
        assertThat(participations.getFirst().toJson()).doesNotContain(candidate(election, "Xu Lan"));

        clock.advance(Duration.ofDays(3));
        assertThat(call("POST", ELECTIONS + "/" + id + "/close", cadre(), null).getStatus()).isEqualTo(200);
        Document closed = TenantContext.call("daye", () -> mongo.findById(id, Document.class, "elections"));
        assertThat(closed.get("ballotKey")).as("the key that ties papers to participations is gone").isNull();
        assertThat(getOk(ELECTIONS + "/" + id, cadre()).get("results").get(0).get("votes").asLong()).isEqualTo(1);
    }

    @Test
    void whenAnElectionIsCalledThenElectionOpenedNamesItsNaturalVillage() throws Exception {
        String council = council();
        String id = election(council, 1, "Yu Tao", "Fan Bing").get("id").asString();
        JsonNode opened = awaitEvent(queue, "election.opened", id);
        assertThat(opened.get("payload").get("councilId").asString()).isEqualTo(council);
        assertThat(opened.get("payload").get("naturalVillageId").asString()).isEqualTo(bay);
        assertThat(opened.get("payload").get("villageId").asString()).isEqualTo(VILLAGE);
        assertThat(opened.get("payload").get("townshipId").asString()).isEqualTo(TOWNSHIP);
        assertThat(opened.get("payload").get("opensOn").asString()).isEqualTo(today().toString());
    }

    @Test
    void whenAHeadIsChangedDuringAnOpenElectionOrHeadsTwoHouseholdsThenConflict() throws Exception {
        String councilOfBay = council();
        String household = voter();
        String head = "head-" + UUID.randomUUID();
        assertThat(call("PUT", "/api/v1/council/households/" + household + "/head", cadre(), "{\"headSubject\":\"%s\"}"
                .formatted(head)).getStatus()).isEqualTo(200);
        assertThat(call("PUT", "/api/v1/council/households/" + voter() + "/head", cadre(), "{\"headSubject\":\"%s\"}"
                .formatted(head)).getStatus()).as("one account heads one household").isEqualTo(409);
        election(councilOfBay, 1, "Ren Jie", "Tian Ye");
        assertThat(call("PUT", "/api/v1/council/households/" + household + "/head", cadre(), "{\"headSubject\":\"other-%s\"}"
                .formatted(head)).getStatus()).as("no head change while the natural village votes").isEqualTo(409);
    }

    @Test
    void whenACouncilIsFormedForANaturalVillageOutsideTheCallersVillageThenRefusedNamingIt() throws Exception {
        long before = count("councils");
        grid.naturalVillage("dongfeng-upper", OTHER_VILLAGE);
        for (String naturalVillage : List.of("dongfeng-upper", "no-such-bay", VILLAGE)) {
            MockHttpServletResponse response = call("POST", COUNCILS, cadre(), """
                    {"villageId":"%s","naturalVillageId":"%s","name":"x","seats":5}
                    """.formatted(VILLAGE, naturalVillage));
            assertThat(response.getStatus()).as(naturalVillage).isEqualTo(422);
            assertThat(json(response.getContentAsString()).get("errors").findValuesAsString("field")).contains("naturalVillageId");
        }
        assertThat(count("councils")).isEqualTo(before);
    }
}
