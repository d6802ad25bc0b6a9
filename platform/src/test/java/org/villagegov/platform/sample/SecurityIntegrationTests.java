package org.villagegov.platform.sample;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.test.TestIssuer;
import org.villagegov.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;
import static org.villagegov.platform.test.TestTenants.LINXIAN;
import static org.villagegov.platform.test.TestTenants.PLATFORM;
import static org.villagegov.platform.test.TestTenants.SUSPENDED;

@SampleIntegrationTest
class SecurityIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;

    String noteId;

    @BeforeEach
    void createNote() throws Exception {
        noteId = "note-" + UUID.randomUUID();
        mvc.perform(post("/api/v1/sample/notes").header("Authorization", Tokens.cadre())
                        .contentType("application/json").content(Tokens.noteJson(noteId, Tokens.VILLAGE, "secret")))
                .andExpect(status().isCreated());
    }

    static java.util.stream.Stream<String> refusedTokens() {
        TestTokens daye = TestTokens.forTenant(DAYE).roles("county-admin");
        return java.util.stream.Stream.of(
                TestTokens.forTenant(DAYE).roles("county-admin").expired().token(),
                TestTokens.forTenant(DAYE).roles("county-admin").issuer("http://127.0.0.1:1/realms/daye").token(),
                TestTokens.forTenant(DAYE).roles("county-admin")
                        .issuer(TestIssuer.get().issuer(DAYE) + "-evil").token(),
                TestTokens.forTenant("unknown-county").roles("county-admin").token(),
                TestTokens.forTenant(DAYE).roles("county-admin").signedWithRogueKey().token(),
                daye.unsignedToken(),
                daye.hs256WithPublicKey(),
                "garbage",
                "eyJhbGciOiJSUzI1NiJ9.e30.c2ln");
    }

    @ParameterizedTest
    @MethodSource("refusedTokens")
    void whenTokenIsInvalidThenRequestIsUnauthorizedAndNothingIsWritten(String token) throws Exception {
        long before = countNotes();
        mvc.perform(get("/api/v1/sample/notes/" + noteId).header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(containsString(token))));
        mvc.perform(post("/api/v1/sample/notes").header("Authorization", "Bearer " + token)
                        .contentType("application/json").content(Tokens.noteJson(null, Tokens.VILLAGE, "x")))
                .andExpect(status().isUnauthorized());
        assertThat(countNotes()).isEqualTo(before);
    }

    @Test
    void whenTokenIssuedToForeignClientThenUnauthorized() throws Exception {
        // a county admin's token from Keycloak's admin-cli: a real signature, roles, but none of the console's claims
        mvc.perform(get("/api/v1/sample/notes/" + noteId)
                        .header("Authorization", TestTokens.forTenant(DAYE).roles("county-admin").clientId("admin-cli").bearer()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void whenDemoLoginClientIsNotConfiguredThenItsTokensAreUnauthorized() throws Exception {
        // the password-grant demo client counts only where the local stack adds it (platform.security.additional-clients)
        mvc.perform(get("/api/v1/sample/notes/" + noteId)
                        .header("Authorization", TestTokens.forTenant(DAYE).roles("county-admin").clientId("demo-login").bearer()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void whenNoTokenThenUnauthorizedProblem() throws Exception {
        mvc.perform(get("/api/v1/sample/notes/" + noteId))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void whenNoBenchmarkBodyFileIsSetThenTheBareEndpointIsClosedLikeAnyOtherPath() throws Exception {
        mvc.perform(get("/benchmark/bare"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void whenOtherCountyReadsThenItSeesNothingOfThisCounty() throws Exception {
        mvc.perform(get("/api/v1/sample/notes/" + noteId).header("Authorization", Tokens.otherCountyAdmin()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("secret"))));
    }

    @Test
    void whenTokenOfOneTenantNamesAnotherInHeaderParameterOrBodyThenForbidden() throws Exception {
        long before = countNotes();
        mvc.perform(get("/api/v1/sample/notes/" + noteId).header("Authorization", Tokens.cadre())
                        .header("X-Tenant-Id", LINXIAN))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/sample/notes/" + noteId).param("tenant", LINXIAN).header("Authorization", Tokens.cadre()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/sample/notes").header("Authorization", Tokens.cadre()).contentType("application/json")
                        .content("""
                                {"tenant":"linxian","township":"t-jinhu","village":"v-baisha","text":"x","kind":"NOTICE"}
                                """))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("linxian")));
        assertThat(countNotes()).isEqualTo(before);
    }

    @Test
    void whenRequestNamesItsOwnTenantThenAllowed() throws Exception {
        mvc.perform(get("/api/v1/sample/notes/" + noteId).header("Authorization", Tokens.cadre())
                        .header("X-Tenant-Id", DAYE))
                .andExpect(status().isOk());
    }

    @Test
    void whenTenantIsSuspendedThenForbidden() throws Exception {
        mvc.perform(get("/api/v1/sample/notes/" + noteId)
                        .header("Authorization", TestTokens.forTenant(SUSPENDED).roles("county-admin").bearer()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("suspended")));
    }

    @Test
    void whenCadreOfAnotherVillageReadsOrWritesThenRefusedAndNothingLeaks() throws Exception {
        mvc.perform(get("/api/v1/sample/notes/" + noteId).header("Authorization", Tokens.otherVillageCadre()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/sample/notes/" + noteId + "/archive").header("Authorization", Tokens.otherVillageCadre()))
                .andExpect(status().isNotFound());
        long before = countNotes();
        mvc.perform(post("/api/v1/sample/notes").header("Authorization", Tokens.otherVillageCadre())
                        .contentType("application/json").content(Tokens.noteJson(null, Tokens.VILLAGE, "x")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("village"));
        assertThat(countNotes()).isEqualTo(before);
    }

    @Test
    void whenVillagerWritesThenForbiddenButMayRead() throws Exception {
        mvc.perform(post("/api/v1/sample/notes").header("Authorization", Tokens.villager())
                        .contentType("application/json").content(Tokens.noteJson(null, Tokens.VILLAGE, "x")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/sample/notes/" + noteId).header("Authorization", Tokens.villager()))
                .andExpect(status().isOk());
    }

    @Test
    void whenPlatformRealmUserCallsCountyEndpointThenForbidden() throws Exception {
        mvc.perform(get("/api/v1/sample/notes/" + noteId)
                        .header("Authorization", TestTokens.forTenant(PLATFORM).roles("provincial-admin").province("hubei").bearer()))
                .andExpect(status().isForbidden());
    }

    @Test
    void whenIdentityProviderIsDownThenTokensWithCachedKeysStillWork() throws Exception {
        mvc.perform(get("/api/v1/sample/notes/" + noteId).header("Authorization", Tokens.cadre()))
                .andExpect(status().isOk());
        TestIssuer.get().setDown(true);
        try {
            mvc.perform(get("/api/v1/sample/notes/" + noteId).header("Authorization", Tokens.cadre()))
                    .andExpect(status().isOk());
        } finally {
            TestIssuer.get().setDown(false);
        }
    }

    @Test
    void whenOnlyHealthIsOpenThenOtherActuatorEndpointsAreDenied() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/env")).andExpect(status().is4xxClientError());
        mvc.perform(get("/something-else")).andExpect(status().isUnauthorized());
    }

    private long countNotes() {
        return TenantContext.call(DAYE, () -> mongo.getCollection("notes").countDocuments());
    }
}
