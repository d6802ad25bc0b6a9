package org.villagegov.grid;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class GridReportIntegrationTests extends GridTestSupport {

    @Autowired
    RabbitAdmin admin;
    @Autowired
    RabbitTemplate rabbit;

    String queue;

    @BeforeEach
    void listenToGridEvents() {
        Queue listener = new Queue("grid-test-" + UUID.randomUUID(), false, true, true);
        queue = admin.declareQueue(listener);
        admin.declareExchange(new TopicExchange("grid.events", true, false));
        admin.declareBinding(BindingBuilder.bind(listener).to(new TopicExchange("grid.events")).with("#"));
    }

    @AfterEach
    void stopListening() {
        admin.deleteQueue(queue);
    }

    private String household() throws Exception {
        String body = JSON.writeValueAsString(Map.of("villageId", village1, "address", "a", "headName", "h"));
        return json(mvc.perform(post("/api/v1/grid/households").header("Authorization", countyAdmin())
                .contentType("application/json").content(body)).andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    private String report(String category, List<String> households) throws Exception {
        String body = JSON.writeValueAsString(Map.of("villageId", village1, "category", category, "householdIds", households,
                "description", "Neighbours quarrel over a boundary wall", "photoRefs", List.of("photo://1")));
        return json(mvc.perform(post("/api/v1/grid/reports").header("Authorization", gridWorker1())
                        .contentType("application/json").content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    private String action(String id, String action, String body, String token) throws Exception {
        return mvc.perform(post("/api/v1/grid/reports/" + id + "/" + action).header("Authorization", token)
                .contentType("application/json").content(body)).andReturn().getResponse().getStatus() + "";
    }

    @Test
    void whenADisputeIsAcceptedThenItGoesToMediationWithExactlyOneDisputeReportedEvent() throws Exception {
        String first = household();
        String second = household();
        String id = report("DISPUTE", List.of(first, second));
        assertThat(action(id, "accept", "", cadre1())).isEqualTo("200");
        mvc.perform(get("/api/v1/grid/reports/" + id).header("Authorization", gridWorker1()))
                .andExpect(jsonPath("$.status").value("TRANSFERRED"))
                .andExpect(jsonPath("$.transferredTo").value("mediation"));

        Message event = await().atMost(Duration.ofSeconds(10))
                .until(() -> rabbit.receive(queue), m -> m != null && "dispute.reported".equals(m.getMessageProperties().getReceivedRoutingKey()));
        String body = new String(event.getBody(), StandardCharsets.UTF_8);
        assertThat(body).contains("\"reportId\":\"" + id + "\"").contains(first).contains(second).contains(village1);
        assertThat((String) event.getMessageProperties().getHeader("x-tenant")).isEqualTo("daye");
        assertThat(action(id, "accept", "", cadre1())).isEqualTo("409");
    }

    @Test
    void whenAnIssueIsSolvedOnTheSpotThenItIsClosedAndRatedOnceByTheReporter() throws Exception {
        String id = report("ENVIRONMENT", List.of());
        assertThat(action(id, "close", "{\"outcome\":\"x\"}", cadre1())).isEqualTo("409");
        assertThat(action(id, "accept", "", cadre1())).isEqualTo("200");
        assertThat(action(id, "solve", "{\"notes\":\"rubbish cleared with the villagers\"}", cadre1())).isEqualTo("200");
        assertThat(action(id, "close", "{\"outcome\":\"clean\"}", cadre1())).isEqualTo("200");
        assertThat(action(id, "rate", "{\"rating\":5}", cadre1())).as("only the reporter rates").isEqualTo("403");
        assertThat(action(id, "rate", "{\"rating\":5}", gridWorker1())).isEqualTo("200");
        assertThat(action(id, "rate", "{\"rating\":4}", gridWorker1())).isEqualTo("409");
        assertThat(action(id, "rate", "{\"rating\":9}", gridWorker1())).isEqualTo("400");
    }

    @Test
    void whenATransferPassesItsDeadlineThenTheReportIsListedOverdue() throws Exception {
        String id = report("INFRASTRUCTURE", List.of());
        action(id, "accept", "", cadre1());
        String today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).toString();
        assertThat(action(id, "transfer", "{\"department\":\"water bureau\",\"deadline\":\"" + today + "\"}", cadre1()))
                .isEqualTo("422");
        String due = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).plusDays(3).toString();
        assertThat(action(id, "transfer", "{\"department\":\"water bureau\",\"deadline\":\"" + due + "\"}", cadre1()))
                .isEqualTo("200");
        mvc.perform(get("/api/v1/grid/reports/overdue").header("Authorization", cadre1()))
                .andExpect(jsonPath("$[*].id").value(not(hasItem(id))));
        clock.advance(Duration.ofDays(5));
        mvc.perform(get("/api/v1/grid/reports/overdue").header("Authorization", townshipOfficer()))
                .andExpect(jsonPath("$[*].id").value(hasItem(id)));
    }

    @Test
    void whenOutsideTheVillageOrRoleThenReportsAreInvisibleAndUnchangeable() throws Exception {
        String id = report("SAFETY_HAZARD", List.of());
        long before = count("grid_reports");
        for (String token : List.of(cadre2(), otherCountyAdmin(), otherCountyCadre())) {
            mvc.perform(get("/api/v1/grid/reports/" + id).header("Authorization", token)).andExpect(status().isNotFound());
            assertThat(action(id, "accept", "", token)).isEqualTo("404");
            mvc.perform(get("/api/v1/grid/reports").header("Authorization", token))
                    .andExpect(jsonPath("$[*].id").value(not(hasItem(id))));
        }
        for (String token : List.of(villager("v"), integrator())) {
            mvc.perform(get("/api/v1/grid/reports/" + id).header("Authorization", token)).andExpect(status().isForbidden());
            assertThat(action(id, "accept", "", token)).isEqualTo("403");
        }
        assertThat(action(id, "accept", "", gridWorker1())).as("grid workers report, cadres accept").isEqualTo("403");
        mvc.perform(get("/api/v1/grid/reports/" + id)).andExpect(status().isUnauthorized());
        String body = JSON.writeValueAsString(Map.of("villageId", village1, "category", "DISPUTE", "description", "x"));
        mvc.perform(post("/api/v1/grid/reports").header("Authorization", cadre2()).contentType("application/json").content(body))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("villageId"));
        assertThat(count("grid_reports")).isEqualTo(before);
        mvc.perform(get("/api/v1/grid/reports/" + id).header("Authorization", gridWorker1()))
                .andExpect(jsonPath("$.status").value("REPORTED"));
    }

    @Test
    void whenReportInputIsBadThenTheFieldIsNamedAndNothingIsStored() throws Exception {
        long before = count("grid_reports");
        mvc.perform(post("/api/v1/grid/reports").header("Authorization", gridWorker1()).contentType("application/json")
                        .content("{\"villageId\":\"" + village1 + "\",\"category\":\"GOSSIP\",\"description\":\"x\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("category"));
        mvc.perform(post("/api/v1/grid/reports").header("Authorization", gridWorker1()).contentType("application/json")
                        .content("{\"villageId\":\"" + village1 + "\",\"category\":\"DISPUTE\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("description"));
        mvc.perform(post("/api/v1/grid/reports").header("Authorization", gridWorker1()).contentType("application/json")
                        .content("{\"villageId\":\"" + village1 + "\",\"category\":\"DISPUTE\",\"description\":\"x\",\"householdIds\":[\"nope\"]}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("householdIds"));
        assertThat(count("grid_reports")).isEqualTo(before);
    }
}
