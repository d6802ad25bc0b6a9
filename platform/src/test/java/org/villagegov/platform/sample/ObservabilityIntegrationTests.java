package org.villagegov.platform.sample;

import java.time.Duration;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.villagegov.platform.tenancy.TenantContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;

@SampleIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;

    @Test
    void whenARequestIsAnsweredThenOneJsonLineNamesItsTraceAndCountyButNotItsQuery(CapturedOutput output) throws Exception {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        mvc.perform(get("/api/v1/sample/notes?village=" + Tokens.VILLAGE + "&searched=王芳").header("Authorization", Tokens.cadre())
                        .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"))
                .andExpect(status().isOk());

        JsonNode line = output.getOut().lines()
                .filter(text -> text.startsWith("{") && text.contains(traceId) && text.contains("\"message\":\"GET /api/v1/sample/notes "))
                .map(JSON::readTree).findFirst().orElseThrow();
        assertThat(line.get("message").asString()).matches("GET /api/v1/sample/notes 200 \\d+ ms");
        assertThat(line.get("tenant").asString()).isEqualTo(DAYE);
        assertThat(line.get("spanId").asString()).matches("[0-9a-f]{16}");
        assertThat(line.get("log").get("logger").asString()).isEqualTo("org.villagegov.platform.web.AccessLog");
        assertThat(output.getOut()).doesNotContain("王芳");
    }

    @Test
    void whenAnEventIsHandledThenTheConsumersLineNamesTheTraceOfTheRequestThatRaisedIt(CapturedOutput output) throws Exception {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String id = "logged-" + UUID.randomUUID();
        createNoteInTrace(id, traceId);

        JsonNode handled = await().atMost(Duration.ofSeconds(10)).until(() -> output.getOut().lines()
                .filter(text -> text.startsWith("{") && text.contains(traceId) && text.contains("handled by sample.events/note.created"))
                .map(JSON::readTree).findFirst(), java.util.Optional::isPresent).orElseThrow();
        assertThat(handled.get("tenant").asString()).isEqualTo(DAYE);
        assertThat(handled.get("process").get("thread").get("name").asString()).as("the listener's thread, not the request's")
                .isNotEqualTo("main");
    }

    @Test
    void whenARequestRaisesAnEventThenTheOutboxKeepsItsTraceAndTheConsumerHandlesItInThatTrace() throws Exception {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String id = "traced-" + UUID.randomUUID();
        createNoteInTrace(id, traceId);

        Document note = TenantContext.call(DAYE, () -> mongo.findById(id, Document.class, "notes"));
        // the request's own span (a child of the caller's), not the caller's span
        assertThat(note.getList("outbox", Document.class).getFirst().getString("traceparent"))
                .matches("00-" + traceId + "-[0-9a-f]{16}-01").doesNotContain("00f067aa0ba902b7");
        // published later by the relay's thread, consumed on the listener's: still the request's trace
        await().atMost(Duration.ofSeconds(10)).until(() -> NoteReceipts.handledInTrace.containsKey(id));
        assertThat(NoteReceipts.handledInTrace.get(id)).startsWith("00-" + traceId + "-");
    }

    @Test
    void whenRequestsWereServedThenPrometheusMetricsAreTaggedWithTheTenant() throws Exception {
        mvc.perform(post("/api/v1/sample/notes").header("Authorization", Tokens.cadre())
                        .contentType("application/json").content(Tokens.noteJson(null, Tokens.VILLAGE, "metric")))
                .andExpect(status().isCreated());
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("http_server_requests_seconds_count{")))
                .andExpect(content().string(containsString("tenant=\"daye\"")));
    }

    /** Creates a note as a caller in the given trace would (its span 00f067aa0ba902b7): the note raises note.created. */
    private void createNoteInTrace(String id, String traceId) throws Exception {
        mvc.perform(post("/api/v1/sample/notes").header("Authorization", Tokens.cadre())
                        .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                        .contentType("application/json").content(Tokens.noteJson(id, Tokens.VILLAGE, "traced")))
                .andExpect(status().isCreated());
    }
}
