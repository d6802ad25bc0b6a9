package org.villagegov.platform.sample;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.test.TestTokens;

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

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;

    @Test
    void whenCreateIsRetriedWithTheSameKeyThenOneNoteAndTheSameAnswer() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = Tokens.noteJson(null, Tokens.VILLAGE, "once");
        long before = countNotes();
        String first = mvc.perform(post(NOTES).header("Authorization", Tokens.cadre()).header("Idempotency-Key", key)
                        .contentType("application/json").content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String second = mvc.perform(post(NOTES).header("Authorization", Tokens.cadre()).header("Idempotency-Key", key)
                        .contentType("application/json").content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn().getResponse().getContentAsString();

        assertThat(second).isEqualTo(first);
        assertThat(countNotes()).isEqualTo(before + 1);
    }

    @Test
    void whenKeyIsReusedWithAnotherBodyThenRefused() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(post(NOTES).header("Authorization", Tokens.cadre()).header("Idempotency-Key", key)
                        .contentType("application/json").content(Tokens.noteJson(null, Tokens.VILLAGE, "a")))
                .andExpect(status().isCreated());
        long before = countNotes();
        mvc.perform(post(NOTES).header("Authorization", Tokens.cadre()).header("Idempotency-Key", key)
                        .contentType("application/json").content(Tokens.noteJson(null, Tokens.VILLAGE, "b")))
                .andExpect(status().isUnprocessableContent());
        assertThat(countNotes()).isEqualTo(before);
    }

    @Test
    void whenFirstAttemptFailedThenRetryWithTheSameKeyRuns() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(post(NOTES).header("Authorization", Tokens.cadre()).header("Idempotency-Key", key)
                        .contentType("application/json").content("{}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(NOTES).header("Authorization", Tokens.cadre()).header("Idempotency-Key", key)
                        .contentType("application/json").content(Tokens.noteJson(null, Tokens.VILLAGE, "fixed")))
                .andExpect(status().isCreated());
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
