package org.villagegov.grid;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The limits the contract documents (maxLength, pattern, maximum) are the ones the service enforces. */
class LimitsIntegrationTests extends GridTestSupport {

    @Test
    void whenAnIdInThePathIsLongerThanTheContractAllowsThenItIsA400NamingIt() throws Exception {
        String answer = mvc.perform(get("/api/v1/grid/households/" + "h".repeat(65))
                        .header("Authorization", countyAdmin()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(json(answer).get("errors").get(0).get("field").asString()).isEqualTo("id");
    }

    @Test
    void whenAnIdInThePathIsNoIdThenItIsA400NamingIt() throws Exception {
        String answer = mvc.perform(get("/api/v1/grid/regions/{id}", "a b").header("Authorization", countyAdmin()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(json(answer).get("errors").get(0).get("field").asString()).isEqualTo("id");
    }

    @Test
    void whenABodyFieldIsLongerThanTheContractAllowsThenItIsA400NamingIt() throws Exception {
        String body = JSON.writeValueAsString(Map.of("kind", "VILLAGE", "name", "n".repeat(101), "parentId", township));
        String answer = mvc.perform(post("/api/v1/grid/regions").header("Authorization", countyAdmin())
                        .contentType("application/json").content(body))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(json(answer).get("errors").get(0).get("field").asString()).isEqualTo("name");
    }

    @Test
    void whenAQueryIdIsLongerThanTheContractAllowsThenItIsA400NamingIt() throws Exception {
        String answer = mvc.perform(get("/api/v1/grid/households").param("villageId", "v".repeat(65))
                        .header("Authorization", countyAdmin()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(json(answer).get("errors").get(0).get("field").asString()).isEqualTo("villageId");
    }
}
