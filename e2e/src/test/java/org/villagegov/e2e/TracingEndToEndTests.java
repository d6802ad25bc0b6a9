package org.villagegov.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.villagegov.e2e.Stack.GATEWAY;

/**
 * One trace from the caller to the last consumer: a cadre accepts a grid worker's dispute report
 * through the gateway; grid-service raises {@code dispute.reported}, its outbox relay publishes it
 * later, and mediation-service opens a case from it. The answer's {@code X-Trace-Id} is found in the
 * structured (JSON) logs of all three processes, each line naming the county and none holding the
 * report's personal details.
 */
@ExtendWith(Stack.class)
class TracingEndToEndTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DESCRIPTION = "Trace drill: a ditch dug across the shared path";

    @Test
    void whenARequestRaisesAnEventThenTheGatewayTheServiceAndTheConsumerLogTheSameTrace() throws Exception {
        List<String> neighbours = List.of(DemoData.household("linxian", "Wang Fang"), DemoData.household("linxian", "Zhang Hua"));
        Http.Answer report = Http.post(GATEWAY + "/api/v1/grid/reports", Http.userToken("linxian", "grid"), Map.of(
                "villageId", "v-huashi", "category", "DISPUTE", "householdIds", neighbours, "description", DESCRIPTION));
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        String reportId = report.json().get("id").asString();

        String acceptPath = "/api/v1/grid/reports/" + reportId + "/accept";
        Http.Answer accepted = Http.post(GATEWAY + acceptPath, Http.userToken("linxian", "cadre"), "");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        String traceId = accepted.raw().headers().firstValue("X-Trace-Id").orElseThrow();
        assertThat(traceId).matches("[0-9a-f]{32}");

        JsonNode consumed = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> linesOfTrace("mediation-service", traceId).stream()
                        .filter(line -> line.get("message").asString().contains("(dispute.reported) handled by grid.events/dispute.reported"))
                        .findFirst().orElse(null), line -> line != null);
        JsonNode atTheGateway = only(linesOfTrace("gateway", traceId), "POST " + acceptPath + " 200 ");
        JsonNode inTheService = only(linesOfTrace("grid-service", traceId), "POST " + acceptPath + " 200 ");

        assertThat(atTheGateway.get("tenant").asString()).isEqualTo("linxian");
        assertThat(inTheService.get("tenant").asString()).isEqualTo("linxian");
        assertThat(consumed.get("tenant").asString()).isEqualTo("linxian");
        // three processes, three spans of one trace
        assertThat(List.of(atTheGateway.get("spanId").asString(), inTheService.get("spanId").asString(),
                consumed.get("spanId").asString())).doesNotHaveDuplicates();
        for (String process : List.of("gateway", "grid-service", "mediation-service")) {
            assertThat(linesOfTrace(process, traceId)).as(process).allSatisfy(line -> assertThat(line.toString())
                    .doesNotContain(DESCRIPTION).doesNotContain("Wang Fang").doesNotContain("Zhang Hua"));
        }
        assertThat(Http.get(GATEWAY + "/api/v1/mediation/cases/grid-" + reportId, Http.userToken("linxian", "cadre")).status())
                .isEqualTo(200);
    }

    private static JsonNode only(List<JsonNode> lines, String messageStart) {
        List<JsonNode> matching = lines.stream().filter(line -> line.get("message").asString().startsWith(messageStart)).toList();
        assertThat(matching).as("lines starting '%s' among %s", messageStart, lines).hasSize(1);
        return matching.getFirst();
    }

    /** The JSON lines of one process's log that carry the trace id (a restart's lines included: the file is appended to). */
    private static List<JsonNode> linesOfTrace(String process, String traceId) throws IOException {
        Path log = Stack.stackDir().resolve("logs").resolve(process + ".log");
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.startsWith("{") && line.contains(traceId))
                    .map(JSON::readTree)
                    .filter(line -> traceId.equals(line.path("traceId").asString(null)))
                    .toList();
        }
    }
}
