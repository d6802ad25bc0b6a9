package org.villagegov.platform.sample;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A deprecated operation keeps answering, and says so in every answer and in the API document. */
@SampleIntegrationTest
class DeprecationIntegrationTests {

    private static final String NOTES = "/api/v1/sample/notes";
    /** 2026-06-01T00:00:00Z */
    private static final String DEPRECATED_ON = "@1780272000";
    private static final String REMOVED_ON = "Tue, 1 Jun 2027 00:00:00 GMT";

    @Autowired
    MockMvc mvc;

    @Test
    void whenADeprecatedOperationAnswersThenItNamesItsDeprecationSunsetAndSuccessor() throws Exception {
        String id = "n-old-" + UUID.randomUUID();
        mvc.perform(post(NOTES).header("Authorization", Tokens.countyAdmin()).contentType("application/json")
                        .content(Tokens.noteJson(id, Tokens.VILLAGE, "kept until its sunset")))
                .andExpect(status().isCreated());

        mvc.perform(get(NOTES + "/by-id/" + id).header("Authorization", Tokens.countyAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(header().string("Deprecation", DEPRECATED_ON))
                .andExpect(header().string("Sunset", REMOVED_ON))
                .andExpect(header().string("Link", "</api/v1/sample/notes/{id}>; rel=\"successor-version\""));
    }

    @Test
    void whenADeprecatedOperationRefusesThenTheRefusalCarriesTheNoticeToo() throws Exception {
        mvc.perform(get(NOTES + "/by-id/n-unknown-" + UUID.randomUUID()).header("Authorization", Tokens.countyAdmin()))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Deprecation", DEPRECATED_ON))
                .andExpect(header().string("Sunset", REMOVED_ON));
    }

    @Test
    void whenAnOperationIsNotDeprecatedThenItCarriesNoNotice() throws Exception {
        mvc.perform(get(NOTES).param("village", Tokens.VILLAGE).header("Authorization", Tokens.countyAdmin()))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Deprecation"))
                .andExpect(header().doesNotExist("Sunset"));
    }

    @Test
    void whenTheApiIsDocumentedThenTheOperationIsDeprecatedWithItsDates() throws Exception {
        String operation = "$.paths['" + NOTES + "/by-id/{id}'].get";
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(operation + ".deprecated").value(true))
                .andExpect(jsonPath(operation + ".description").value(containsString("may stop answering from 2027-06-01")))
                .andExpect(jsonPath(operation + ".responses['200'].headers.Sunset.schema.example").value(REMOVED_ON));
    }
}
