package org.villagegov.platform.sample;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SampleIntegrationTest
class ObservabilityIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void whenRequestsWereServedThenPrometheusMetricsAreTaggedWithTheTenant() throws Exception {
        mvc.perform(post("/api/v1/sample/notes").header("Authorization", Tokens.cadre())
                        .contentType("application/json").content(Tokens.noteJson(null, Tokens.VILLAGE, "metric")))
                .andExpect(status().isCreated());
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("http_server_requests_seconds_count{")))
                .andExpect(content().string(containsString("tenant=\"daye\"")));
    }
}
