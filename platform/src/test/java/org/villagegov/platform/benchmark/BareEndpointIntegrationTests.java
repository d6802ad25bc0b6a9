package org.villagegov.platform.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.villagegov.platform.sample.SampleApplication;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Where the benchmark names a body file, the one bare path answers it without a token; the API stays closed. */
@SpringBootTest(classes = SampleApplication.class)
@AutoConfigureMockMvc
class BareEndpointIntegrationTests {

    static final String BODY = "{\"id\":\"h-1\",\"name\":\"张**\",\"members\":[{\"relation\":\"户主\"}],\"version\":3}";

    @DynamicPropertySource
    static void bodyFile(DynamicPropertyRegistry registry) {
        try {
            Path file = Files.createTempFile("bare-body", ".json");
            Files.writeString(file, BODY);
            file.toFile().deleteOnExit();
            registry.add("platform.benchmark.bare-body-file", file::toString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void whenABodyFileIsSetThenTheBarePathAnswersItWithoutAToken() throws Exception {
        mvc.perform(get(BareEndpoint.PATH))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(content().json(BODY, org.springframework.test.json.JsonCompareMode.STRICT));
    }

    @Test
    void whenABodyFileIsSetThenTheApiStillWantsAToken() throws Exception {
        mvc.perform(get("/api/v1/sample/notes").param("village", "v-1"))
                .andExpect(status().isUnauthorized());
    }
}
