package org.villagegov.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.villagegov.e2e.Stack.GATEWAY;

/**
 * A neighbours' dispute from the grid to a closed case, through the gateway: the grid worker
 * reports it, the village mediation committee opens a case, a mediator is assigned and
 * reaches an agreement, the reconciling households earn points, the grid gets follow-up
 * visits, and the county and provincial reports count it.
 */
@ExtendWith(Stack.class)
class MediationEndToEndTests {

    private static final String MEDIATION = GATEWAY + "/api/v1/mediation";

    @Test
    void whenAGridWorkerReportsANeighboursDisputeThenItIsMediatedRewardedFollowedUpAndReported() {
        String gridWorker = Http.userToken("linxian", "grid");
        String cadre = Http.userToken("linxian", "cadre");
        String admin = Http.userToken("linxian", "admin");
        String mediator = Http.userToken("linxian", "mediator");
        List<String> neighbours = List.of(DemoData.household("linxian", "Wang Fang"), DemoData.household("linxian", "Zhang Hua"));
        long before = CouncilEndToEndTests.entries(neighbours.get(0), admin);

        assertThat(Http.get(MEDIATION + "/mediators?villageId=v-huashi", admin).body())
                .as("the demo registers the mediator of v-huashi").contains(subject(mediator));

        Http.Answer report = Http.post(GATEWAY + "/api/v1/grid/reports", gridWorker, Map.of("villageId", "v-huashi",
                "category", "DISPUTE", "householdIds", neighbours, "description", "A wall built over the shared drain"));
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        String reportId = report.json().get("id").asString();
        Http.Answer accepted = Http.post(GATEWAY + "/api/v1/grid/reports/" + reportId + "/accept", cadre, "");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);

        String caseUrl = MEDIATION + "/cases/grid-" + reportId;
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(Http.get(caseUrl, cadre).status()).isEqualTo(200));
        JsonNode opened = Http.get(caseUrl, cadre).json();
        assertThat(opened.get("level").asString()).isEqualTo("VILLAGE");
        assertThat(Http.get(caseUrl, Http.userToken("jiyuan", "admin")).status()).isEqualTo(404);

        ok(Http.post(caseUrl + "/assignment", cadre, Map.of()), "assignment");
        ok(Http.post(caseUrl + "/accept", mediator, ""), "accept");
        ok(Http.post(caseUrl + "/sessions", mediator, Map.of("heldOn", DemoData.today().toString(),
                "attendees", List.of("Wang Fang", "Zhang Hua"), "notes", "Both agree to reopen the drain.")), "session");
        List<Map<String, String>> signatures = new ArrayList<>();
        for (JsonNode party : Http.get(caseUrl, mediator).json().get("parties")) {
            signatures.add(Map.of("partyId", party.get("id").asString(), "signedOn", DemoData.today().toString()));
        }
        ok(Http.post(caseUrl + "/agreement", mediator, Map.of("terms", "The wall moves 30 cm; the drain is shared.",
                "signatures", signatures)), "agreement");

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(CouncilEndToEndTests.entries(neighbours.get(0), admin)).isEqualTo(before + 1));

        ok(Http.post(caseUrl + "/follow-up", mediator, Map.of("honoured", true, "notes", "Wall moved, drain open.")), "follow-up");
        ok(Http.post(caseUrl + "/close", mediator, Map.of("notes", "Closed after the follow-up.")), "close");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(Http.get(GATEWAY + "/api/v1/grid/follow-ups?villageId=v-huashi", gridWorker).body())
                        .contains("grid-" + reportId));

        JsonNode county = Http.get(MEDIATION + "/report", admin).json();
        assertThat(county.toString()).contains("VILLAGE");
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Http.Answer province = Http.get(MEDIATION + "/indicators", Http.userToken("platform", "henan-admin"));
            assertThat(province.status()).as(province.body()).isEqualTo(200);
            JsonNode linxian = null;
            for (JsonNode row : province.json().get("rows")) {
                linxian = "linxian".equals(row.get("id").asString()) ? row : linxian;
            }
            assertThat(linxian).as(province.body()).isNotNull();
            assertThat(linxian.get("values").get("mediationAgreementsReached").asLong()).isPositive();
        });
    }

    private static void ok(Http.Answer answer, String step) {
        assertThat(answer.status()).as(step + ": " + answer.body()).isBetween(200, 201);
    }

    private static String subject(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return Http.JSON.readTree(payload).get("sub").asString();
    }
}
