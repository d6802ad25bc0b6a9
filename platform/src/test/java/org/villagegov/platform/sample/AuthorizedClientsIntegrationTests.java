package org.villagegov.platform.sample;

import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.villagegov.platform.test.TestTokens;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;

/** Whose tokens count, by {@code azp}; the demo client added the way the local stack adds it. */
@SampleIntegrationTest
@TestPropertySource(properties = "platform.security.additional-clients=demo-login")
class AuthorizedClientsIntegrationTests {

    @Autowired
    MockMvc mvc;

    String noteId;

    @BeforeEach
    void createNote() throws Exception {
        noteId = "azp-" + UUID.randomUUID();
        mvc.perform(post("/api/v1/sample/notes").header("Authorization", Tokens.cadre())
                        .contentType("application/json").content(Tokens.noteJson(noteId, Tokens.VILLAGE, "x")))
                .andExpect(status().isCreated());
    }

    static Stream<TestTokens> foreignClients() {
        return Stream.of(
                admin().clientId("admin-cli"),
                admin().clientId("account"),
                admin().clientId("account-console"),
                admin().clientId("security-admin-console"),
                admin().clientId("some-other-app"),
                // Keycloak's own clients never count, even for a user who holds the integrator role
                admin().clientId("admin-cli").roles("county-admin", "integrator"),
                admin().clientId(null));
    }

    @ParameterizedTest
    @MethodSource("foreignClients")
    void whenTokenIssuedToForeignClientThenUnauthorized(TestTokens token) throws Exception {
        mvc.perform(get("/api/v1/sample/notes/" + noteId).header("Authorization", token.bearer()))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    static Stream<TestTokens> platformClients() {
        return Stream.of(
                admin().clientId("web-console"),
                admin().clientId("grid-service"),
                admin().clientId("points-service"),
                // this service's own account (application name), wherever it is not in the list
                admin().clientId("sample-service"),
                // integrators get any client id from the onboarding API: their role says what they are
                admin().clientId("hotline-system").roles("integrator", "county-admin"),
                admin().clientId("demo-login"));
    }

    @ParameterizedTest
    @MethodSource("platformClients")
    void whenTokenIssuedToConsoleServiceIntegratorOrConfiguredDemoClientThenAccepted(TestTokens token) throws Exception {
        mvc.perform(get("/api/v1/sample/notes/" + noteId).header("Authorization", token.bearer()))
                .andExpect(status().isOk());
    }

    @Test
    void whenIntegratorRoleIsMissingThenAnUnlistedClientIsUnauthorized() throws Exception {
        mvc.perform(get("/api/v1/sample/notes/" + noteId)
                        .header("Authorization", admin().clientId("hotline-system").bearer()))
                .andExpect(status().isUnauthorized());
    }

    private static TestTokens admin() {
        return TestTokens.forTenant(DAYE).roles("county-admin");
    }
}
