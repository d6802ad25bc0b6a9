package org.villagegov.e2e;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.villagegov.e2e.Stack.GATEWAY;

/**
 * "Four discussions, two openness" through the gateway: a matter passes every step in order,
 * and the households present at the villagers' representatives' meeting earn participation
 * points from the points bank.
 */
@ExtendWith(Stack.class)
class CouncilEndToEndTests {

    private static final String MATTERS = GATEWAY + "/api/v1/council/matters";

    @Test
    void whenAMatterPassesEveryStepThenItIsPublishedAndTheHouseholdsPresentEarnParticipationPoints() {
        String cadre = Http.userToken("linxian", "cadre");
        String admin = Http.userToken("linxian", "admin");
        List<String> present = List.of(DemoData.household("linxian", "Li Ming"), DemoData.household("linxian", "Zhang Hua"));
        Map<String, Long> before = Map.of(present.get(0), entries(present.get(0), admin), present.get(1), entries(present.get(1), admin));
        LocalDate day = DemoData.today();

        Http.Answer proposed = Http.post(MATTERS, cadre, Map.of("villageId", "v-huashi", "title", "Harden the road to East Bay "
                + System.nanoTime(), "kind", "PUBLIC_WORKS", "amount", 180000, "description", "1.2 km of concrete",
                "heldOn", day.toString(), "minutes", "The branch committee proposes the road."));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        String matter = proposed.json().get("id").asString();

        Http.Answer tooEarly = Http.post(MATTERS + "/" + matter + "/resolution", cadre,
                Map.of("publishedOn", day.toString(), "text", "adopted"));
        assertThat(tooEarly.status()).as("publication before adoption").isEqualTo(409);

        step(matter, "two-committees", cadre, Map.of("heldOn", day.toString(), "minutes", "Both committees agree.",
                "entitled", 9, "attendees", names("Committee member", 7), "vote", vote(6, 1, 0)));
        step(matter, "party-members", cadre, Map.of("heldOn", day.toString(), "minutes", "Party members reviewed it.",
                "entitled", 30, "attendees", names("Party member", 21), "vote", vote(18, 2, 1)));
        // the representatives' roster says who is entitled; quorum is two thirds of it, computed, never typed
        List<String> roster = List.of(present.get(0), present.get(1), DemoData.household("linxian", "Wang Fang"));
        Http.Answer rostered = Http.send("PUT", GATEWAY + "/api/v1/council/villages/v-huashi/representatives", cadre,
                Http.JSON.writeValueAsString(Map.of("representatives", roster.stream()
                        .map(household -> Map.of("householdId", household, "name", "Representative of " + household)).toList())));
        assertThat(rostered.status()).as(rostered.body()).isEqualTo(200);
        Http.Answer noQuorum = Http.post(MATTERS + "/" + matter + "/representatives", cadre, Map.of("heldOn", day.toString(),
                "minutes", "Too few came.", "vote", vote(1, 0, 0), "householdIds", List.of(present.get(0))));
        assertThat(noQuorum.status()).as(noQuorum.body()).isEqualTo(422);
        step(matter, "representatives", cadre, Map.of("heldOn", day.toString(), "minutes", "Adopted by the representatives.",
                "vote", vote(2, 0, 0), "householdIds", present));
        step(matter, "resolution", cadre, Map.of("publishedOn", day.toString(), "text", "The road will be hardened."));
        step(matter, "result", cadre, Map.of("publishedOn", day.toString(), "text", "Finished and accepted on schedule."));

        JsonNode done = Http.get(MATTERS + "/" + matter, Http.userToken("linxian", "villager")).json();
        assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(Http.get(MATTERS + "/" + matter, Http.userToken("jiyuan", "admin")).status()).isEqualTo(404);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (String household : present) {
                assertThat(entries(household, admin)).as(household).isEqualTo(before.get(household) + 1);
            }
        });
        JsonNode passbook = Http.get(GATEWAY + "/api/v1/points/accounts/" + present.get(0), admin).json();
        assertThat(passbook.get("entries").get("items").get(0).get("ruleCode").asString()).isEqualTo("meeting-attendance");
        assertThat(Http.get(GATEWAY + "/api/v1/council/report", admin).status()).isEqualTo(200);
    }

    private static void step(String matter, String step, String token, Map<String, Object> body) {
        Http.Answer answer = Http.post(MATTERS + "/" + matter + "/" + step, token, body);
        assertThat(answer.status()).as(step + ": " + answer.body()).isBetween(200, 201);
    }

    private static Map<String, Integer> vote(int votesFor, int against, int abstentions) {
        return Map.of("votesFor", votesFor, "votesAgainst", against, "abstentions", abstentions);
    }

    private static List<String> names(String prefix, int count) {
        return java.util.stream.IntStream.rangeClosed(1, count).mapToObj(i -> prefix + " " + i).toList();
    }

    static long entries(String household, String admin) {
        Http.Answer passbook = Http.get(GATEWAY + "/api/v1/points/accounts/" + household + "?size=1", admin);
        return passbook.status() == 200 ? passbook.json().get("entries").get("totalItems").asLong() : 0;
    }
}
