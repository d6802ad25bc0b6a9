package org.villagegov.gateway;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The gateway's log: one JSON line per answered request, naming its trace and county, never its query. */
@ExtendWith(OutputCaptureExtension.class)
class AccessLogTests extends GatewayTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void whenARequestIsAnsweredThenOneJsonLineNamesItsTraceAndCountyButNotItsQuery(CapturedOutput output) {
        String traceId = web.get().uri("/api/v1/grid/logged?name=王芳").header("Authorization", countyUser("daye")).exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Trace-Id");

        JsonNode line = await().until(() -> lines(output, "GET /api/v1/grid/logged "), found -> found.size() == 1).getFirst();
        assertThat(line.get("message").asString()).matches("GET /api/v1/grid/logged 200 \\d+ ms");
        assertThat(line.get("traceId").asString()).isEqualTo(traceId);
        assertThat(line.get("spanId").asString()).matches("[0-9a-f]{16}");
        assertThat(line.get("tenant").asString()).isEqualTo("daye");
        assertThat(output.getOut()).doesNotContain("王芳");
    }

    @Test
    void whenARequestIsRefusedThenItsLineHasTheTraceButNoCounty(CapturedOutput output) {
        String traceId = web.get().uri("/api/v1/grid/refused-logged").exchange()
                .expectStatus().isUnauthorized()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Trace-Id");

        JsonNode line = await().until(() -> lines(output, "GET /api/v1/grid/refused-logged "), found -> found.size() == 1).getFirst();
        assertThat(line.get("message").asString()).startsWith("GET /api/v1/grid/refused-logged 401 ");
        assertThat(line.get("traceId").asString()).isEqualTo(traceId);
        assertThat(line.has("tenant")).isFalse();
    }

    private static List<JsonNode> lines(CapturedOutput output, String start) {
        return output.getOut().lines()
                .filter(text -> text.startsWith("{") && text.contains("\"message\":\"" + start))
                .map(JSON::readTree)
                .toList();
    }
}
