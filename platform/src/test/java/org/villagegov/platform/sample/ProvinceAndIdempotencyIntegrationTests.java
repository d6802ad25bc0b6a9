package org.villagegov.platform.sample;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.UUID;

import org.bson.Document;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.test.TestTokens;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;
import static org.villagegov.platform.test.TestTenants.PLATFORM;

@SampleIntegrationTest
class ProvinceAndIdempotencyIntegrationTests {

    private static final String NOTES = "/api/v1/sample/notes";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Clock clock;

    @Test
    void whenCreateIsRetriedWithTheSameKeyThenOneNoteAndTheSameAnswer() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = Tokens.noteJson(null, Tokens.VILLAGE, "once");
        long before = countNotes();
        String first = keyedPost(key, body)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String second = keyedPost(key, body)
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn().getResponse().getContentAsString();

        assertThat(second).isEqualTo(first);
        assertThat(countNotes()).isEqualTo(before + 1);
    }

    @Test
    void whenKeyIsReusedWithAnotherBodyThenRefused() throws Exception {
        String key = UUID.randomUUID().toString();
        keyedPost(key, Tokens.noteJson(null, Tokens.VILLAGE, "a"))
                .andExpect(status().isCreated());
        long before = countNotes();
        keyedPost(key, Tokens.noteJson(null, Tokens.VILLAGE, "b"))
                .andExpect(status().isUnprocessableContent());
        assertThat(countNotes()).isEqualTo(before);
    }

    @Test
    void whenFirstAttemptFailedThenRetryWithTheSameKeyRuns() throws Exception {
        String key = UUID.randomUUID().toString();
        keyedPost(key, "{}")
                .andExpect(status().isBadRequest());
        keyedPost(key, Tokens.noteJson(null, Tokens.VILLAGE, "fixed"))
                .andExpect(status().isCreated());
    }

    @Test
    void whenTheInstanceRunningTheFirstAttemptDiedThenARetryAfterTheLeaseRunsItOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = Tokens.noteJson(null, Tokens.VILLAGE, "taken over");
        claimLeftBehind(key, body, clock.instant().minus(Duration.ofMinutes(3)));
        long before = countNotes();

        String first = keyedPost(key, body)
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"))
                .andReturn().getResponse().getContentAsString();
        String again = keyedPost(key, body)
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn().getResponse().getContentAsString();

        assertThat(again).isEqualTo(first);
        assertThat(countNotes()).isEqualTo(before + 1);
    }

    @Test
    void whenTheFirstAttemptMayStillBeRunningThenARetryIsConflictAndCreatesNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = Tokens.noteJson(null, Tokens.VILLAGE, "still running");
        claimLeftBehind(key, body, clock.instant().minus(Duration.ofSeconds(30)));
        long before = countNotes();

        keyedPost(key, body)
                .andExpect(status().isConflict());
        // an abandoned claim with another body is still that key's: the other body is refused
        claimLeftBehind(key + "-other", body, clock.instant().minus(Duration.ofMinutes(3)));
        keyedPost(key + "-other", Tokens.noteJson(null, Tokens.VILLAGE, "another body"))
                .andExpect(status().isUnprocessableContent());
        assertThat(countNotes()).isEqualTo(before);
    }

    private ResultActions keyedPost(String key, String body) throws Exception {
        return mvc.perform(post(NOTES).header("Authorization", Tokens.cadre()).header("Idempotency-Key", key)
                .contentType("application/json").content(body));
    }

    /** The in-progress claim an instance writes before running a keyed request, as if it died right after. */
    private void claimLeftBehind(String key, String body, Instant at) throws Exception {
        String payload = Tokens.cadre().substring("Bearer ".length()).split("\\.")[1];
        String subject = JSON.readTree(Base64.getUrlDecoder().decode(payload)).get("sub").asString();
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        TenantContext.run(DAYE, () -> mongo.insert(new Document("_id", subject + " " + NOTES + " " + key)
                .append("requestHash", hash).append("status", 0).append("createdAt", Date.from(at)), "idempotent_requests"));
    }

    @Test
    void whenProvincialAdminReadsThenOnlyCountiesOfTheirProvinceAppear() throws Exception {
        String hubei = TestTokens.forTenant(PLATFORM).roles("provincial-admin").province("hubei").bearer();
        mvc.perform(get("/api/v1/sample/province/note-counts").header("Authorization", hubei))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.daye").isNumber())
                .andExpect(jsonPath("$.linxian").doesNotExist());
        mvc.perform(get("/api/v1/sample/province/linxian/note-count").header("Authorization", hubei))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/sample/province/daye/note-count").header("Authorization", hubei))
                .andExpect(status().isOk());
    }

    @Test
    void whenCountyUserOrAdminWithoutProvinceCallsProvincialReportThenForbidden() throws Exception {
        mvc.perform(get("/api/v1/sample/province/note-counts").header("Authorization", Tokens.countyAdmin()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/sample/province/note-counts")
                        .header("Authorization", TestTokens.forTenant(DAYE).roles("provincial-admin").province("hubei").bearer()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/sample/province/note-counts")
                        .header("Authorization", TestTokens.forTenant(PLATFORM).roles("provincial-admin").bearer()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/sample/province/note-counts")).andExpect(status().isUnauthorized());
    }

    private long countNotes() {
        return TenantContext.call(DAYE, () -> mongo.getCollection("notes").countDocuments());
    }
}
