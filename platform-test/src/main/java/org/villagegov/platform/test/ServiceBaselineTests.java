package org.villagegov.platform.test;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What every service must show before its domain exists: health, readiness and liveness UP to
 * anonymous probes (details to operators only) and metrics, all on the management port only (the
 * public port answers only /readyz and /livez), the API closed without a token,
 * to tokens of Keycloak's own clients and to low roles, the audit log scoped to the caller's
 * county, API docs with bearer security. A service's test extends this
 * and names its API prefix.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public abstract class ServiceBaselineTests {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    private Environment environment;

    @LocalServerPort
    private int serverPort;

    /** Actuator on a port of its own (management.server.port), which the tests make random too. */
    @LocalManagementPort
    private int managementPort;

    /** e.g. {@code /api/v1/grid}. */
    protected abstract String apiPrefix();

    @Test
    void whenProbedOnTheManagementPortThenHealthReadinessAndLivenessAreUpWithoutTokenAndWithoutDetails() {
        for (String path : new String[] {"/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness"}) {
            assertThat(json(managementPort, path, null)).as(path).containsEntry("status", "UP").doesNotContainKey("components");
        }
        assertThat(RestClient.create(address(managementPort)).get().uri("/actuator/prometheus").retrieve().body(String.class))
                .contains("application=\"" + environment.getProperty("spring.application.name") + "\"");
    }

    @Test
    @SuppressWarnings("unchecked")
    void whenAnOperatorAsksThenReadinessShowsTheDatabaseTheBrokerAndTheRegistry() {
        Map<String, Object> readiness = json(managementPort, "/actuator/health/readiness",
                TestTokens.forTenant(TestTenants.PLATFORM).roles("platform-operator").bearer());
        Map<String, Map<String, Object>> checks = (Map<String, Map<String, Object>>) readiness.get("components");
        for (String check : new String[] {"mongo", "rabbit", "tenantRegistry"}) {
            assertThat(checks.get(check)).as(check).containsEntry("status", "UP");
        }
    }

    @Test
    void whenTheActuatorIsAskedOnThePublicPortThenNotFoundAndOnlyTheProbesAnswer() {
        for (String path : new String[] {"/actuator/health", "/actuator/health/readiness", "/actuator/prometheus",
                "/actuator/info"}) {
            assertThat(statusOf(serverPort, path, null)).as(path).isEqualTo(404);
        }
        for (String path : new String[] {"/readyz", "/livez"}) {
            assertThat(json(serverPort, path, null)).as(path).containsEntry("status", "UP").doesNotContainKey("components");
        }
        assertThat(statusOf(managementPort, apiPrefix() + "/audit",
                TestTokens.forTenant(TestTenants.DAYE).roles("county-admin").bearer())).isEqualTo(404);
    }

    private Map<String, Object> json(int port, String path, String authorization) {
        return RestClient.create(address(port)).get().uri(path)
                .headers(headers -> { if (authorization != null) headers.set("Authorization", authorization); })
                .retrieve().body(new ParameterizedTypeReference<Map<String, Object>>() { });
    }

    private int statusOf(int port, String path, String authorization) {
        Integer status = RestClient.create(address(port)).get().uri(path)
                .headers(headers -> { if (authorization != null) headers.set("Authorization", authorization); })
                .exchange((request, response) -> response.getStatusCode().value());
        return status;
    }

    private static String address(int port) {
        return "http://127.0.0.1:" + port;
    }

    @Test
    void whenApiIsCalledWithoutTokenOrWithLowRoleThenRefused() throws Exception {
        mvc.perform(get(apiPrefix() + "/audit")).andExpect(status().isUnauthorized());
        mvc.perform(get(apiPrefix() + "/audit")
                        .header("Authorization", TestTokens.forTenant(TestTenants.DAYE).roles("villager").bearer()))
                .andExpect(status().isForbidden());
    }

    @Test
    void whenTokenIssuedToForeignClientThenUnauthorized() throws Exception {
        for (String client : new String[] {"admin-cli", "account", "security-admin-console"}) {
            mvc.perform(get(apiPrefix() + "/audit").header("Authorization",
                            TestTokens.forTenant(TestTenants.DAYE).roles("county-admin").clientId(client).bearer()))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
    }

    @Test
    void whenCountyAdminReadsAuditThenOnlyTheirCountyIsReturned() throws Exception {
        mvc.perform(get(apiPrefix() + "/audit")
                        .header("Authorization", TestTokens.forTenant(TestTenants.LINXIAN).roles("county-admin").bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.tenant == 'daye')]").isEmpty());
    }

    @Test
    void whenApiDocsAreRequestedThenTheyDescribeBearerSecurity() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"));
    }
}
