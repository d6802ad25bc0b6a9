package org.villagegov.platform.sample;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A {@code Pageable} parameter binds {@code page} and {@code size} within {@code platform.paging.*}, as {@code @Min @Max int}s did. */
@SampleIntegrationTest
class PagingIntegrationTests {

    private static final String NOTES = "/api/v1/sample/notes";

    @Autowired
    MockMvc mvc;

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            page | -1          | must be greater than or equal to 0
            page | 10001       | must be less than or equal to 10000
            page | 2147483647  | must be less than or equal to 10000
            page | 2147483648  | must be int
            page | abc         | must be int
            size | 0           | must be greater than or equal to 1
            size | 201         | must be less than or equal to 200
            size | -2147483648 | must be greater than or equal to 1
            size | 99999999999 | must be int
            """)
    void whenPageOrSizeIsOutOfBoundsThenAProblemNamesIt(String parameter, String value, String message) throws Exception {
        mvc.perform(get(NOTES).param("village", Tokens.VILLAGE).param(parameter, value).header("Authorization", Tokens.cadre()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value(parameter))
                .andExpect(jsonPath("$.errors[0].message").value(message));
    }

    @Test
    void whenPageAndSizeAreBothBadThenBothAreNamed() throws Exception {
        mvc.perform(get(NOTES).param("village", Tokens.VILLAGE).param("page", "-1").param("size", "0")
                        .header("Authorization", Tokens.cadre()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("page")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("size")));
    }

    @Test
    void whenNoPageIsNamedThenTheFirstPageOfTheDefaultSizeInTheQuerysOrder() throws Exception {
        String village = "v-paging-" + UUID.randomUUID();
        for (String id : new String[]{"c", "a", "b"}) {
            createNote(village + "-" + id, village);
        }
        mvc.perform(get(NOTES).param("village", village).param("page", "").header("Authorization", Tokens.countyAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(50))
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.items[0].id").value(village + "-a"));
        mvc.perform(get(NOTES).param("village", village).param("page", "1").param("size", "2")
                        .header("Authorization", Tokens.countyAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(village + "-c"))
                .andExpect(jsonPath("$.totalPages").value(2));
    }

    @Test
    void whenAPageLiesFarPastTheEndThenItIsEmptyWithTheTrueTotal() throws Exception {
        String village = "v-paging-" + UUID.randomUUID();
        createNote(village + "-a", village);
        mvc.perform(get(NOTES).param("village", village).param("page", "10000").param("size", "200")
                        .header("Authorization", Tokens.countyAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(0))
                .andExpect(jsonPath("$.page").value(10000))
                .andExpect(jsonPath("$.totalItems").value(1));
    }

    @Test
    void whenAParameterSaysItsOwnBoundsThenTheyWinOverTheServices() throws Exception {
        mvc.perform(get("/api/v1/sample/audit").param("size", "500").header("Authorization", Tokens.countyAdmin()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/sample/audit").param("size", "501").header("Authorization", Tokens.countyAdmin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("must be less than or equal to 500"));
    }

    @Test
    void whenTheApiIsDocumentedThenAPageableIsPageAndSizeWithTheirBounds() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['" + NOTES + "'].get.parameters[*].name").value(hasItem("page")))
                .andExpect(jsonPath("$.paths['" + NOTES + "'].get.parameters[?(@.name == 'size')].schema.maximum")
                        .value(hasItem(200)))
                .andExpect(jsonPath("$.paths['" + NOTES + "'].get.parameters[?(@.name == 'pageable')]").isEmpty());
    }

    private void createNote(String id, String village) throws Exception {
        mvc.perform(post(NOTES).header("Authorization", Tokens.countyAdmin()).contentType("application/json")
                        .content(Tokens.noteJson(id, village, "paged")))
                .andExpect(status().isCreated());
    }
}
