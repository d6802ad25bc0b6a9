package org.villagegov.platform.sample;

import java.io.IOException;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;

@SampleIntegrationTest
class FeignIntegrationTests {

    static final GridStub grid = startStub();

    @Autowired
    MockMvc mvc;
    @Autowired
    RemoteHouseholds households;

    String noteId;

    @DynamicPropertySource
    static void gridUrl(DynamicPropertyRegistry registry) {
        registry.add("sample.grid-url", grid::url);
        registry.add("spring.cloud.openfeign.client.config.default.read-timeout", () -> "1000");
    }

    @AfterAll
    static void stopStub() {
        grid.close();
    }

    @BeforeEach
    void createNote() throws Exception {
        noteId = "feign-" + UUID.randomUUID();
        mvc.perform(post("/api/v1/sample/notes").header("Authorization", Tokens.cadre())
                        .contentType("application/json").content(Tokens.noteJson(noteId, Tokens.VILLAGE, "x")))
                .andExpect(status().isCreated());
    }

    @Test
    void whenActingForAUserThenTheUsersTokenAndTenantAreRelayed() throws Exception {
        String token = TestTokens.forTenant(DAYE).roles("village-cadre").township(Tokens.TOWNSHIP).village(Tokens.VILLAGE).token();
        String traceId = "0af7651916cd43dd8448eb211c80319c";
        mvc.perform(get("/api/v1/sample/notes/" + noteId + "/household-check/h-1").header("Authorization", "Bearer " + token)
                        .header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.village").value("v-baisha"));

        GridStub.Seen seen = grid.seen.get("h-1");
        assertThat(seen.tenant()).isEqualTo(DAYE);
        assertThat(seen.authorization()).isEqualTo("Bearer " + token);
        // the Feign call is a span of the request's trace, and the other service continues it
        assertThat(seen.traceparent()).matches("00-" + traceId + "-[0-9a-f]{16}-01").doesNotContain("b7ad6b7169203331");
    }

    @Test
    void whenWorkingInTheBackgroundThenTheServiceAccountOfTheTenantIsUsed() {
        var household = TenantContext.call(DAYE, () -> households.get("h-background"));

        assertThat(household.id()).isEqualTo("h-background");
        GridStub.Seen seen = grid.seen.get("h-background");
        assertThat(seen.tenant()).isEqualTo(DAYE);
        assertThat(seen.authorization()).startsWith("Bearer ey");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(seen.authorization().split("\\.")[1]));
        assertThat(payload).contains("service-account-sample-service").contains("/realms/daye");
    }

    @Test
    void whenRemoteSaysNotFoundThenUnprocessableProblem() throws Exception {
        mvc.perform(get("/api/v1/sample/notes/" + noteId + "/household-check/missing").header("Authorization", Tokens.cadre()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void whenRemoteFailsOrIsTooSlowThenServiceUnavailableProblem() throws Exception {
        mvc.perform(get("/api/v1/sample/notes/" + noteId + "/household-check/broken").header("Authorization", Tokens.cadre()))
                .andExpect(status().isServiceUnavailable());
        mvc.perform(get("/api/v1/sample/notes/" + noteId + "/household-check/slow").header("Authorization", Tokens.cadre()))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    private static GridStub startStub() {
        try {
            return new GridStub();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
