package org.villagegov.gateway.tenant;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.villagegov.gateway.GatewayTestBase;
import org.villagegov.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class OnboardingTests extends GatewayTestBase {

    @Autowired
    RealmProvisioner realms;
    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    RabbitAdmin admin;
    @Autowired
    TenantRepository tenants;

    String queue;

    @BeforeEach
    void listenToAnnouncements() {
        // a plain classic queue: the broker here predates the arguments AnonymousQueue adds
        Queue anonymous = new Queue("gateway-test-" + UUID.randomUUID(), false, true, true);
        queue = admin.declareQueue(anonymous);
        admin.declareExchange(new TopicExchange("gateway.events", true, false));
        admin.declareBinding(BindingBuilder.bind(anonymous).to(new TopicExchange("gateway.events")).with("tenant.*"));
    }

    @AfterEach
    void stopListening() {
        admin.deleteQueue(queue);
        doNothing().when(realms).ensureRealm(anyString(), anyString());
    }

    private static String county() {
        return "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec create(String id, String token) {
        return web.post().uri("/api/v1/tenants").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", id, "name", "Test county", "province", "hubei")).exchange();
    }

    @Test
    void whenOperatorOnboardsACountyThenRealmIsCreatedItIsActiveAnnouncedAndItsTokensWorkWithoutRestart() {
        String id = county();
        create(id, operator()).expectStatus().isCreated()
                .expectBody().jsonPath("$.status").isEqualTo("ACTIVE")
                .jsonPath("$.issuer").value(containsString("/realms/" + id));

        verify(realms).ensureRealm(eq(id), eq("Test county"));
        Message announced = await().atMost(Duration.ofSeconds(5)).until(() -> rabbit.receive(queue), m -> m != null);
        String body = new String(announced.getBody(), StandardCharsets.UTF_8);
        assertThat(body).contains("\"type\":\"tenant.provisioned\"").contains("\"tenant\":\"" + id + "\"")
                .contains("\"eventId\":\"tenant.provisioned:" + id + "\"");
        assertThat((String) announced.getMessageProperties().getHeader("x-tenant")).isEqualTo(id);

        web.get().uri("/api/v1/grid/anything").header("Authorization", countyUser(id)).exchange().expectStatus().isOk();
    }

    @Test
    void whenCountyExistsThenConflictAndNothingChanges() {
        String id = county();
        create(id, operator()).expectStatus().isCreated();
        create(id, operator()).expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        verify(realms, times(1)).ensureRealm(eq(id), anyString());
    }

    @Test
    void whenKeycloakIsDownThenOnboardingIsReportedIncompleteAndARetryFinishesItOnce() {
        String id = county();
        doThrow(new jakarta.ws.rs.ProcessingException("connection refused")).when(realms).ensureRealm(eq(id), anyString());
        create(id, operator()).expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.detail").value(containsString("retry"));
        web.get().uri("/api/v1/tenants/" + id).header("Authorization", operator()).exchange()
                .expectBody().jsonPath("$.status").isEqualTo("PROVISIONING")
                .jsonPath("$.lastError").value(containsString("identity provider"));
        web.get().uri("/api/v1/grid/anything").header("Authorization", countyUser(id)).exchange()
                .expectStatus().isUnauthorized();

        doNothing().when(realms).ensureRealm(eq(id), anyString());
        web.post().uri("/api/v1/tenants/" + id + "/provision").header("Authorization", operator()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("ACTIVE");
        // the id is the record's key, so "once" is: one realm ensured per attempt and the county active
        verify(realms, times(2)).ensureRealm(eq(id), anyString());
        assertThat(tenants.findById(id).map(TenantRecord::status).block(Duration.ofSeconds(10))).hasToString("ACTIVE");
        web.get().uri("/api/v1/grid/anything").header("Authorization", countyUser(id)).exchange().expectStatus().isOk();
    }

    @Test
    void whenCountyIsSuspendedThenItsTokensGetForbiddenUntilResumed() {
        String id = county();
        create(id, operator()).expectStatus().isCreated();
        web.post().uri("/api/v1/tenants/" + id + "/suspend").header("Authorization", operator()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("SUSPENDED");

        web.get().uri("/api/v1/points/x").header("Authorization", countyUser(id)).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(containsString("suspended"));
        web.post().uri("/api/v1/tenants/" + id + "/suspend").header("Authorization", operator()).exchange()
                .expectStatus().isEqualTo(409);

        web.post().uri("/api/v1/tenants/" + id + "/resume").header("Authorization", operator()).exchange()
                .expectStatus().isOk();
        web.get().uri("/api/v1/points/x").header("Authorization", countyUser(id)).exchange().expectStatus().isOk();
    }

    @Test
    void whenAnyoneButAPlatformOperatorCallsTheRegistryThenRefusedAndNothingIsCreated() {
        String id = county();
        create(id, TestTokens.forTenant("daye").roles("county-admin").bearer()).expectStatus().isForbidden();
        create(id, TestTokens.forTenant("daye").roles("platform-operator").bearer()).expectStatus().isForbidden();
        create(id, TestTokens.forTenant("platform").roles("provincial-admin").province("hubei").bearer())
                .expectStatus().isForbidden();
        web.post().uri("/api/v1/tenants").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", id, "name", "x", "province", "hubei")).exchange().expectStatus().isUnauthorized();
        web.get().uri("/api/v1/tenants").header("Authorization", countyUser("daye")).exchange().expectStatus().isForbidden();
        web.post().uri("/api/v1/tenants/daye/suspend").header("Authorization", countyUser("linxian")).exchange()
                .expectStatus().isForbidden();
        assertThat(tenants.existsById(id).block()).isFalse();
    }

    @Test
    void whenInputIsBadThenProblemNamesTheFieldAndNothingIsCreated() {
        web.post().uri("/api/v1/tenants").header("Authorization", operator()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", "Bad Id!", "name", "x", "province", "hubei")).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("id");
        web.post().uri("/api/v1/tenants").header("Authorization", operator()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", county())).exchange()
                .expectStatus().isBadRequest();
        web.post().uri("/api/v1/tenants").header("Authorization", operator()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{not json").exchange()
                .expectStatus().isBadRequest();
        create("platform", operator()).expectStatus().isEqualTo(409);
        assertThat(tenants.existsById("platform").block()).isFalse();
    }

    @Test
    void whenNoClusterIsNamedThenTheCountyIsPlacedOnTheClusterWithFewestCountiesAndTheServicesAreToldWhich() {
        for (int onboarded = 0; onboarded < 3; onboarded++) {
            Map<String, Long> counties = tenants.findAll().map(TenantRecord::cluster)
                    .collect(java.util.stream.Collectors.groupingBy(cluster -> cluster, java.util.stream.Collectors.counting()))
                    .block(Duration.ofSeconds(10));
            long main = counties.getOrDefault("main", 0L);
            long second = counties.getOrDefault("second", 0L);
            String fewest = second < main ? "second" : "main";

            String id = county();
            create(id, operator()).expectStatus().isCreated().expectBody().jsonPath("$.cluster").isEqualTo(fewest);
            registry("test-registry-key")
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$[?(@.id == '" + id + "')].cluster").isEqualTo(fewest);
        }
    }

    @Test
    void whenAClusterIsNamedThenTheCountyIsPlacedThereAndAnUnknownOneIsRefusedNamingTheField() {
        String id = county();
        web.post().uri("/api/v1/tenants").header("Authorization", operator()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", id, "name", "Test county", "province", "hubei", "cluster", "atlantis")).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("cluster")
                .jsonPath("$.errors[0].message").value(containsString("[main, second]"));
        assertThat(tenants.existsById(id).block()).isFalse();
        verify(realms, never()).ensureRealm(eq(id), anyString());

        web.post().uri("/api/v1/tenants").header("Authorization", operator()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", id, "name", "Test county", "province", "hubei", "cluster", "second")).exchange()
                .expectStatus().isCreated().expectBody().jsonPath("$.cluster").isEqualTo("second");
        web.get().uri("/api/v1/tenants/" + id).header("Authorization", operator()).exchange()
                .expectBody().jsonPath("$.cluster").isEqualTo("second");
        registry("test-registry-key")
                .expectBody().jsonPath("$[?(@.id == '" + id + "')].cluster").isEqualTo("second")
                .jsonPath("$[?(@.id == 'platform')].cluster").isEqualTo("main");
    }

    @Test
    void whenASuspendedCountyIsMovedToAnotherClusterThenTheServicesAreToldAndAnActiveOneCannotBeMoved() {
        String id = county();
        web.post().uri("/api/v1/tenants").header("Authorization", operator()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", id, "name", "Test county", "province", "hubei", "cluster", "main")).exchange()
                .expectStatus().isCreated();
        move(id, "second").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").value(containsString("Suspend"));

        web.post().uri("/api/v1/tenants/" + id + "/suspend").header("Authorization", operator()).exchange().expectStatus().isOk();
        move(id, "atlantis").expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("cluster");
        move(id, "second").expectStatus().isOk().expectBody().jsonPath("$.cluster").isEqualTo("second");
        registry("test-registry-key")
                .expectBody().jsonPath("$[?(@.id == '" + id + "')].cluster").isEqualTo("second");
        web.post().uri("/api/v1/tenants/" + id + "/resume").header("Authorization", operator()).exchange().expectStatus().isOk();
        move("no-such", "second").expectStatus().isNotFound();
        move(id, "main").expectStatus().isEqualTo(409);
    }

    @Test
    void whenAnyoneButAPlatformOperatorOrBadInputMovesACountyThenRefusedAndItsClusterStays() {
        String id = county();
        web.post().uri("/api/v1/tenants").header("Authorization", operator()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", id, "name", "Test county", "province", "hubei", "cluster", "main")).exchange()
                .expectStatus().isCreated();
        web.post().uri("/api/v1/tenants/" + id + "/suspend").header("Authorization", operator()).exchange().expectStatus().isOk();

        for (String token : new String[] {
                TestTokens.forTenant(id).roles("county-admin").bearer(),
                TestTokens.forTenant("daye").roles("county-admin").bearer(),
                TestTokens.forTenant("daye").roles("village-cadre").township("t-jinhu").village("v-baisha").bearer(),
                TestTokens.forTenant("daye").roles("township-officer").township("t-jinhu").bearer(),
                TestTokens.forTenant("daye").roles("villager").bearer(),
                TestTokens.forTenant("daye").roles("platform-operator").bearer(),
                TestTokens.forTenant("platform").roles("provincial-admin").province("hubei").bearer()}) {
            move(id, "second", token).expectStatus().isForbidden();
        }
        web.post().uri("/api/v1/tenants/" + id + "/cluster").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("cluster", "second")).exchange().expectStatus().isUnauthorized();
        web.post().uri("/api/v1/tenants/" + id + "/cluster").header("Authorization", operator())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("cluster");
        move(id, "Second Cluster!", operator()).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("cluster");
        move("Not A County", "second", operator()).expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(tenants.findById(id).block().cluster()).isEqualTo("main");
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec move(String id, String cluster) {
        return move(id, cluster, operator());
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec move(String id, String cluster, String token) {
        return web.post().uri("/api/v1/tenants/" + id + "/cluster").header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("cluster", cluster)).exchange();
    }

    @Test
    void whenRegistryIsReadWithTheKeyThenServicesGetExactIssuersAndStatuses() {
        registry(null).expectStatus().isUnauthorized();
        registry("wrong").expectStatus().isUnauthorized();
        registry("test-registry-key")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[?(@.id == 'daye')].issuer").isEqualTo(issuerBase() + "/realms/daye")
                .jsonPath("$[?(@.id == 'daye')].province").isEqualTo("hubei")
                .jsonPath("$[?(@.id == 'platform')].status").isEqualTo("ACTIVE");
    }

    @Test
    void whenOperatorListsOrReadsCountiesThenTheyAreShown() {
        web.get().uri("/api/v1/tenants").header("Authorization", operator()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$[?(@.id == 'linxian')].province").isEqualTo("henan");
        web.get().uri("/api/v1/tenants/no-such").header("Authorization", operator()).exchange().expectStatus().isNotFound();
    }

    @Test
    void whenOperatorRegistersAnIntegratorThenItsSecretIsShownOnceAndDuplicatesAreRefused() {
        String id = county();
        create(id, operator()).expectStatus().isCreated();
        when(realms.createIntegrator(id, "hotline", "County hotline")).thenReturn("s3cret-value");
        web.post().uri("/api/v1/tenants/" + id + "/integrators").header("Authorization", operator())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("clientId", "hotline", "name", "County hotline"))
                .exchange().expectStatus().isCreated()
                .expectBody().jsonPath("$.secret").isEqualTo("s3cret-value")
                .jsonPath("$.tokenEndpoint").value(containsString("/realms/" + id + "/protocol/openid-connect/token"));

        when(realms.createIntegrator(id, "hotline", "County hotline")).thenReturn(null);
        web.post().uri("/api/v1/tenants/" + id + "/integrators").header("Authorization", operator())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("clientId", "hotline", "name", "County hotline"))
                .exchange().expectStatus().isEqualTo(409);
    }

    @Test
    void whenIntegratorRequestIsBadOrNotFromAnOperatorThenRefusedAndKeycloakIsNotCalled() {
        web.post().uri("/api/v1/tenants/daye/integrators").header("Authorization", operator())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("clientId", "Bad Client", "name", "x"))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("clientId");
        web.post().uri("/api/v1/tenants/daye/integrators").header("Authorization", TestTokens.forTenant("daye").roles("county-admin").bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("clientId", "app", "name", "x"))
                .exchange().expectStatus().isForbidden();
        web.post().uri("/api/v1/tenants/no-such-county/integrators").header("Authorization", operator())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("clientId", "app", "name", "x"))
                .exchange().expectStatus().isNotFound();
        verify(realms, never()).createIntegrator(eq("daye"), anyString(), anyString());
    }
}
