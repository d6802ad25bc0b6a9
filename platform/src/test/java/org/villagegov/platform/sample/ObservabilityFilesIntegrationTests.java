package org.villagegov.platform.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.villagegov.platform.RepositoryLinksTests;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The alert rules, the scrape configuration and the Grafana dashboard in infra/observability load
 * in their tools' formats, and every metric they query is one a service really serves on
 * /actuator/prometheus (the sample service here; the gateway's own metrics are checked by the gateway's tests).
 */
@SampleIntegrationTest
@SuppressWarnings("unchecked")
class ObservabilityFilesIntegrationTests {

    private static final Path FOLDER = RepositoryLinksTests.repositoryRoot().resolve("infra/observability");
    /** Served by the gateway only; GatewayMetricsTests scrapes the gateway for them. */
    private static final Set<String> GATEWAY_METRICS = Set.of("keycloak_jwks_fetches_total");
    private static final Pattern DURATION = Pattern.compile("(\\d+y)?(\\d+w)?(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?(\\d+ms)?");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    /** PromQL words that are not metric names: functions, aggregations, operators, modifiers. */
    private static final Set<String> PROMQL_WORDS = Set.of("sum", "max", "min", "avg", "count", "topk", "bottomk", "rate",
            "increase", "irate", "histogram_quantile", "time", "by", "without", "on", "ignoring", "and", "or", "unless",
            "bool", "offset", "group_left", "group_right", "abs", "clamp_min", "label_values");

    @Autowired
    MockMvc mvc;

    @Test
    void whenTheAlertRulesAreReadThenEveryRuleIsAPrometheusAlertingRule() throws IOException {
        Map<String, Object> file = yaml("prometheus/alerts.yml");
        List<Map<String, Object>> groups = (List<Map<String, Object>>) file.get("groups");
        assertThat(groups).isNotEmpty();
        Set<String> alerts = new TreeSet<>();
        for (Map<String, Object> group : groups) {
            assertThat((String) group.get("name")).isNotBlank();
            for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                String alert = (String) rule.get("alert");
                assertThat(alert).as("alert name").matches("[A-Za-z][A-Za-z0-9_]*");
                assertThat(alerts.add(alert)).as("%s named once", alert).isTrue();
                assertThat((String) rule.get("expr")).as(alert).isNotBlank();
                assertThat(rule.get("for")).as(alert).isNotNull();
                assertThat(DURATION.matcher(rule.get("for").toString()).matches()).as("%s: for %s", alert, rule.get("for")).isTrue();
                assertThat((Map<String, Object>) rule.get("labels")).as(alert).containsKey("severity");
                assertThat((String) ((Map<String, Object>) rule.get("annotations")).get("summary")).as(alert).isNotBlank();
            }
        }
        assertThat(alerts).contains("DeadLettersPresent", "OutboxOlderThanAMinute", "HighServerErrorRate",
                "BackgroundJobFailing", "CountyKeycloakUnreachable");
    }

    @Test
    void whenTheScrapeConfigurationIsReadThenItScrapesTheGatewayAndEveryServiceAndLoadsTheRules() throws IOException {
        Map<String, Object> file = yaml("prometheus/prometheus.yml");
        assertThat((List<String>) file.get("rule_files")).containsExactly("alerts.yml");
        List<String> targets = new ArrayList<>();
        for (Map<String, Object> job : (List<Map<String, Object>>) file.get("scrape_configs")) {
            assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
            for (Map<String, Object> config : (List<Map<String, Object>>) job.get("static_configs")) {
                targets.addAll((List<String>) config.get("targets"));
            }
        }
        List<String> managementPorts = new ArrayList<>();
        for (String app : List.of("gateway", "council-service", "grid-service", "points-service", "mediation-service")) {
            managementPorts.add("localhost:" + managementPortOf(app));
        }
        assertThat(targets).as("each application's management port, where its metrics are")
                .containsExactlyInAnyOrderElementsOf(managementPorts);
    }

    private static String managementPortOf(String app) throws IOException {
        Matcher port = Pattern.compile("port: \\$\\{MANAGEMENT_PORT:(\\d+)}")
                .matcher(Files.readString(RepositoryLinksTests.repositoryRoot().resolve(app + "/src/main/resources/application.yml")));
        assertThat(port.find()).as(app + " sets management.server.port: ${MANAGEMENT_PORT:n}").isTrue();
        return port.group(1);
    }

    @Test
    void whenTheDashboardIsReadThenItIsAGrafanaDashboardWhosePanelsQueryPrometheus() throws IOException {
        JsonNode dashboard = dashboard();
        assertThat(dashboard.path("uid").asString()).isNotBlank();
        assertThat(dashboard.path("title").asString()).isNotBlank();
        assertThat(dashboard.path("schemaVersion").isInt()).isTrue();
        List<String> titles = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            assertThat(panel.path("type").asString()).isNotBlank();
            assertThat(panel.path("gridPos").path("w").asInt()).isPositive();
            if (panel.path("type").asString().equals("row")) {
                continue;
            }
            titles.add(panel.path("title").asString());
            assertThat(panel.path("targets").size()).as(panel.path("title").asString()).isPositive();
            for (JsonNode target : panel.path("targets")) {
                assertThat(target.path("expr").asString()).as(panel.path("title").asString()).isNotBlank();
            }
        }
        assertThat(titles).contains("Request rate per service", "p95 latency per service", "5xx rate per service",
                "Outbox backlog", "Dead letters", "Job failures");
    }

    @Test
    void whenAServiceHasWorkedThenItServesEveryMetricTheRulesAndTheDashboardQuery() throws Exception {
        mvc.perform(post("/api/v1/sample/notes").header("Authorization", Tokens.cadre())
                        .contentType("application/json").content(Tokens.noteJson(null, Tokens.VILLAGE, "scraped")))
                .andExpect(status().isCreated());
        Set<String> queried = new TreeSet<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) yaml("prometheus/alerts.yml").get("groups")) {
            for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                queried.addAll(metricNames((String) rule.get("expr")));
            }
        }
        for (JsonNode panel : dashboard().path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                queried.addAll(metricNames(target.path("expr").asString()));
            }
        }
        assertThat(queried).contains("outbox_backlog", "rabbit_queue_depth", "jobs_runs_total", "http_server_requests_seconds_bucket");

        Set<String> expected = new TreeSet<>(queried);
        expected.removeAll(GATEWAY_METRICS);
        // the job counters appear with a worker's first round
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(served()).containsAll(expected));
    }

    private Set<String> served() throws Exception {
        String scrape = mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Set<String> names = new TreeSet<>();
        for (String line : scrape.lines().toList()) {
            Matcher name = IDENTIFIER.matcher(line);
            if (!line.startsWith("#") && name.lookingAt()) {
                names.add(name.group());
            }
        }
        return names;
    }

    /** The metric names of a PromQL expression: its identifiers outside label matchers, ranges, groupings and strings. */
    static Set<String> metricNames(String expr) {
        String bare = expr.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)", " ");
        Set<String> names = new TreeSet<>();
        Matcher identifier = IDENTIFIER.matcher(bare);
        while (identifier.find()) {
            String word = identifier.group();
            boolean number = identifier.start() > 0 && Character.isDigit(bare.charAt(identifier.start() - 1));
            if (!PROMQL_WORDS.contains(word) && !number) {
                names.add(word);
            }
        }
        return names;
    }

    private static Map<String, Object> yaml(String file) throws IOException {
        return new Yaml().load(Files.readString(FOLDER.resolve(file)));
    }

    private static JsonNode dashboard() throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(FOLDER.resolve("grafana/dashboards/village-governance.json")));
    }
}
