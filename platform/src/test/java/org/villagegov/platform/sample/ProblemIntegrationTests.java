package org.villagegov.platform.sample;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.villagegov.platform.tenancy.TenantContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;

@SampleIntegrationTest
class ProblemIntegrationTests {

    private static final String NOTES = "/api/v1/sample/notes";

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;

    @ParameterizedTest(name = "{0} -> field {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"township":"t-jinhu","village":"v-baisha","text":"","kind":"NOTICE"}                          | text
            {"township":"t-jinhu","village":"v-baisha","kind":"NOTICE"}                                    | text
            {"township":"t-jinhu","village":"v-baisha","text":"ok"}                                        | kind
            {"township":"t-jinhu","village":"v-baisha","text":"ok","kind":"GOSSIP"}                        | kind
            {"township":"t-jinhu","village":"v-baisha","text":"ok","kind":"NOTICE","copies":"many"}        | copies
            {"township":"t-jinhu","village":"v-baisha","text":"ok","kind":"NOTICE","copies":-1}            | copies
            {"township":"t-jinhu","village":"v-baisha","text":"ok","kind":"NOTICE","copies":99999999999}   | copies
            {"township":"t-jinhu","village":"v-baisha","text":"ok","kind":"NOTICE","colour":"red"}         | colour
            {"township":["t-jinhu"],"village":"v-baisha","text":"ok","kind":"NOTICE"}                      | township
            {"township":"t-jinhu","village":"v-baisha","text":"ok","kind":"NOTICE"                         | body
            not json at all                                                                                | body
            []                                                                                             | body
            """)
    void whenInputIsBadThenProblemNamesTheFieldAndNothingIsStored(String body, String field) throws Exception {
        long before = countNotes();
        mvc.perform(post(NOTES).header("Authorization", Tokens.cadre()).contentType("application/json").content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem(field)));
        assertThat(countNotes()).isEqualTo(before);
    }

    @Test
    void whenEnumIsUnknownThenProblemListsTheAcceptedValues() throws Exception {
        mvc.perform(post(NOTES).header("Authorization", Tokens.cadre()).contentType("application/json")
                        .content("{\"township\":\"t-jinhu\",\"village\":\"v-baisha\",\"text\":\"ok\",\"kind\":\"GOSSIP\"}"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("NOTICE")));
    }

    @Test
    void whenTextIsTooLongThenFieldIsNamed() throws Exception {
        String text = "x".repeat(201);
        mvc.perform(post(NOTES).header("Authorization", Tokens.cadre()).contentType("application/json")
                        .content(Tokens.noteJson(null, Tokens.VILLAGE, text)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
    }

    @Test
    void whenBodyIsOversizeThenPayloadTooLargeAndNothingIsStored() throws Exception {
        long before = countNotes();
        String huge = "y".repeat(600 * 1024);
        mvc.perform(post(NOTES).header("Authorization", Tokens.cadre()).contentType("application/json")
                        .content(Tokens.noteJson(null, Tokens.VILLAGE, huge)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        assertThat(countNotes()).isEqualTo(before);
    }

    @Test
    void whenResourceIsMissingThenNotFoundProblem() throws Exception {
        mvc.perform(get(NOTES + "/no-such-note").header("Authorization", Tokens.cadre()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(containsString("no-such-note")));
    }

    @Test
    void whenTransitionIsIllegalThenConflict() throws Exception {
        String id = create();
        mvc.perform(post(NOTES + "/" + id + "/archive").header("Authorization", Tokens.cadre()))
                .andExpect(status().isOk());
        mvc.perform(post(NOTES + "/" + id + "/archive").header("Authorization", Tokens.cadre()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(containsString("already archived")));
    }

    @Test
    void whenEditIsBasedOnStaleVersionThenConflictAndTextUnchanged() throws Exception {
        String id = create();
        mvc.perform(put(NOTES + "/" + id).header("Authorization", Tokens.cadre()).contentType("application/json")
                        .content("{\"text\":\"first edit\",\"version\":0}"))
                .andExpect(status().isOk());
        mvc.perform(put(NOTES + "/" + id).header("Authorization", Tokens.cadre()).contentType("application/json")
                        .content("{\"text\":\"stale edit\",\"version\":0}"))
                .andExpect(status().isConflict());
        mvc.perform(get(NOTES + "/" + id).header("Authorization", Tokens.cadre()))
                .andExpect(jsonPath("$.text").value("first edit"));
    }

    @Test
    void whenSameIdIsCreatedTwiceThenConflict() throws Exception {
        String id = create();
        mvc.perform(post(NOTES).header("Authorization", Tokens.cadre()).contentType("application/json")
                        .content(Tokens.noteJson(id, Tokens.VILLAGE, "again")))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void whenPathParameterHasWrongTypeThenFieldIsNamed() throws Exception {
        mvc.perform(get("/api/v1/sample/audit").param("page", "first").header("Authorization", Tokens.countyAdmin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/api/v1/sample/audit").param("size", "100000").header("Authorization", Tokens.countyAdmin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void whenServiceHasABugThenGenericProblemWithoutInternals() throws Exception {
        mvc.perform(post(NOTES).header("Authorization", Tokens.cadre()).contentType("application/json")
                        .content(Tokens.noteJson(null, Tokens.VILLAGE, "please fail")))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(not(containsString("internal detail"))))
                .andExpect(content().string(not(containsString("Exception"))))
                .andExpect(content().string(not(containsString("at org."))));
    }

    private String create() throws Exception {
        String id = "note-" + UUID.randomUUID();
        mvc.perform(post(NOTES).header("Authorization", Tokens.cadre()).contentType("application/json")
                        .content(Tokens.noteJson(id, Tokens.VILLAGE, "text")))
                .andExpect(status().isCreated());
        return id;
    }

    private long countNotes() {
        return TenantContext.call(DAYE, () -> mongo.getCollection("notes").countDocuments());
    }
}
