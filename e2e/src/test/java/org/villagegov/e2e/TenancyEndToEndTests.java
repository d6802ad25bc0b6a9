package org.villagegov.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.villagegov.e2e.Stack.GATEWAY;
import static org.villagegov.e2e.Stack.KEYCLOAK;

/**
 * The whole platform through the gateway only, with tokens from the real Keycloak: demo
 * counties linxian and jiyuan (province Henan) as onboarded by the stack's demo data.
 */
@ExtendWith(Stack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TenancyEndToEndTests {

    private static final List<String> SERVICES = Stack.SERVICES;

    @Test
    @Order(1)
    void whenACountyUserCallsEachServiceThroughTheGatewayThenTheirCountyAnswers() {
        String admin = Http.userToken("linxian", "admin");
        for (String service : SERVICES) {
            Http.Answer answer = Http.get(GATEWAY + "/api/v1/" + service + "/audit", admin);
            assertThat(answer.status()).as(service).isEqualTo(200);
            assertThat(answer.raw().headers().firstValue("X-Trace-Id")).isPresent();
        }
    }

    @Test
    @Order(2)
    void whenAnotherCountysTokenNamesThisCountyThenRefusedAndItSeesNoneOfItsRecords() {
        String linxian = Http.userToken("linxian", "admin");
        String jiyuan = Http.userToken("jiyuan", "admin");
        for (String service : SERVICES) {
            assertThat(Http.get(GATEWAY + "/api/v1/" + service + "/audit", jiyuan, "X-Tenant-Id", "linxian").status())
                    .as(service).isEqualTo(403);
            assertThat(Http.get(GATEWAY + "/api/v1/" + service + "/audit?tenant=linxian", jiyuan).status())
                    .as(service).isEqualTo(403);
            Http.Answer own = Http.get(GATEWAY + "/api/v1/" + service + "/audit?size=500", jiyuan);
            assertThat(own.status()).isEqualTo(200);
            own.json().get("items").forEach(item -> assertThat(item.get("tenant").asString()).isEqualTo("jiyuan"));
        }
        assertThat(Http.get(GATEWAY + "/api/v1/grid/audit", linxian).status()).isEqualTo(200);
    }

    @Test
    @Order(3)
    void whenRoleOrTokenIsMissingThenRefused() {
        String villager = Http.userToken("linxian", "villager");
        for (String service : SERVICES) {
            assertThat(Http.get(GATEWAY + "/api/v1/" + service + "/audit", villager).status()).isEqualTo(403);
            Http.Answer none = Http.get(GATEWAY + "/api/v1/" + service + "/audit", null);
            assertThat(none.status()).isEqualTo(401);
            assertThat(none.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).contains("application/problem+json"));
        }
        String operator = Http.userToken("platform", "operator");
        assertThat(Http.get(GATEWAY + "/api/v1/grid/audit", operator).status()).isEqualTo(403);
        assertThat(Http.get(GATEWAY + "/api/v1/tenants", Http.userToken("linxian", "admin")).status()).isEqualTo(403);
    }

    @Test
    @Order(4)
    void whenAnIntegratorUsesClientCredentialsThenItReachesOnlyItsCounty() throws Exception {
        String secret = Stack.demoIntegratorSecret("linxian");
        String integrator = Http.clientToken("linxian", "county-app", secret);
        // accepted at the edge and by the service, which then applies the integrator's role (the audit log is the admin's)
        Http.Answer ownCounty = Http.get(GATEWAY + "/api/v1/grid/audit", integrator);
        assertThat(ownCounty.status()).isEqualTo(403);
        assertThat(ownCounty.body()).contains("role");
        Http.Answer otherCounty = Http.get(GATEWAY + "/api/v1/grid/audit", integrator, "X-Tenant-Id", "jiyuan");
        assertThat(otherCounty.status()).isEqualTo(403);
        assertThat(otherCounty.body()).contains("names tenant 'jiyuan'");
        assertThat(Http.get(GATEWAY + "/api/v1/tenants", integrator).status()).isEqualTo(403);
    }

    @Test
    @Order(4)
    void whenTheOperatorRegistersAnIntegratorThenItsClientCredentialsWorkForItsCountyOnly() {
        String operator = Http.userToken("platform", "operator");
        Http.Answer registered = Http.post(GATEWAY + "/api/v1/tenants/linxian/integrators", operator,
                Map.of("clientId", "hotline-12345", "name", "12345 hotline"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String integrator = Http.clientToken("linxian", "hotline-12345", registered.json().get("secret").asString());
        Http.Answer ownCounty = Http.get(GATEWAY + "/api/v1/mediation/audit", integrator);
        assertThat(ownCounty.status()).isEqualTo(403);
        assertThat(ownCounty.body()).contains("role");
        assertThat(Http.get(GATEWAY + "/api/v1/mediation/audit", integrator, "X-Tenant-Id", "jiyuan").body())
                .contains("names tenant 'jiyuan'");
        assertThat(Http.post(GATEWAY + "/api/v1/tenants/linxian/integrators", operator,
                Map.of("clientId", "hotline-12345", "name", "again")).status()).isEqualTo(409);
    }

    @Test
    @Order(5)
    void whenTheOperatorOnboardsAThirdCountyThenItsUsersWorkWithoutAnyRestart() {
        String operator = Http.userToken("platform", "operator");
        Http.Answer created = Http.post(GATEWAY + "/api/v1/tenants", operator,
                Map.of("id", "jiaozuo", "name", "Jiaozuo", "province", "henan"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("issuer").asString()).isEqualTo(KEYCLOAK + "/realms/jiaozuo");
        assertThat(Http.post(GATEWAY + "/api/v1/tenants", operator,
                Map.of("id", "jiaozuo", "name", "Jiaozuo", "province", "henan")).status()).isEqualTo(409);

        KeycloakUsers.create("jiaozuo", "newadmin", "county-admin", Map.of());
        String admin = Http.userToken("jiaozuo", "newadmin");
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (String service : SERVICES) {
                assertThat(Http.get(GATEWAY + "/api/v1/" + service + "/audit", admin).status()).as(service).isEqualTo(200);
            }
        });
    }

    @Test
    @Order(6)
    void whenACountyIsSuspendedThenItsTokensGetForbiddenUntilResumed() {
        String operator = Http.userToken("platform", "operator");
        String admin = Http.userToken("jiyuan", "admin");
        assertThat(Http.post(GATEWAY + "/api/v1/tenants/jiyuan/suspend", operator, "").status()).isEqualTo(200);
        try {
            Http.Answer refused = Http.get(GATEWAY + "/api/v1/grid/audit", admin);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.body()).contains("suspended");
        } finally {
            assertThat(Http.post(GATEWAY + "/api/v1/tenants/jiyuan/resume", operator, "").status()).isEqualTo(200);
        }
        // the services hear of the resumption by event, a moment later
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(Http.get(GATEWAY + "/api/v1/grid/audit", admin).status()).isEqualTo(200));
    }

    @Test
    @Order(7)
    void whenAClientFloodsTheGatewayThenItIsRateLimitedWithRetryAfterAndOthersAreNot() {
        String flooder = Http.userToken("linxian", "council");
        // eight at a time: one after another, a slow machine's answers could come no faster than the bucket refills
        List<Http.Answer> answers;
        try (ExecutorService callers = Executors.newFixedThreadPool(8)) {
            answers = IntStream.range(0, Stack.BURST * 3)
                    .mapToObj(i -> callers.submit(() -> Http.get(GATEWAY + "/api/v1/points/audit", flooder)))
                    .toList().stream().map(TenancyEndToEndTests::answer).toList();
        }
        List<Http.Answer> limited = answers.stream().filter(answer -> answer.status() == 429).toList();
        assertThat(limited).isNotEmpty()
                .allSatisfy(answer -> assertThat(answer.raw().headers().firstValue("Retry-After")).isPresent());
        assertThat(Http.get(GATEWAY + "/api/v1/points/audit", Http.userToken("linxian", "admin")).status()).isEqualTo(200);
    }

    @Test
    @Order(8)
    void whenAnIntegratorRegistersAHouseholdTwiceWithOneIdempotencyKeyThenOneFileExistsAndReadsBack() throws Exception {
        String secret = Stack.demoIntegratorSecret("linxian");
        String integrator = Http.clientToken("linxian", "county-app", secret);
        Map<String, Object> household = Map.of("villageId", "v-huashi", "address", "No. 21, East Bay", "headName", "Zhao Lei",
                "residents", List.of(Map.of("name", "Zhao Lei", "idNumber", "410581198805050012", "phone", "13900001111")));
        String key = "hotline-" + System.nanoTime();
        Http.Answer first = Http.post(GATEWAY + "/api/v1/grid/households", integrator, household, "Idempotency-Key", key);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        Http.Answer retry = Http.post(GATEWAY + "/api/v1/grid/households", integrator, household, "Idempotency-Key", key);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.raw().headers().firstValue("Idempotent-Replayed")).hasValue("true");
        String id = first.json().get("id").asString();
        assertThat(retry.json().get("id").asString()).isEqualTo(id);
        long named = Http.get(GATEWAY + "/api/v1/grid/households?name=Zhao%20Lei", Http.userToken("linxian", "admin"))
                .json().get("totalItems").asLong();
        assertThat(named).isEqualTo(1);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Http.Answer answer = Http.get(GATEWAY + "/api/v1/grid/households/" + id, integrator);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        });
        Http.Answer read = Http.get(GATEWAY + "/api/v1/grid/households/" + id, integrator);
        assertThat(read.json().get("residents").get(0).get("idNumber").asString()).isEqualTo("410581********0012");
        Http.Answer cadreRead = Http.get(GATEWAY + "/api/v1/grid/households/" + id, Http.userToken("linxian", "cadre"));
        assertThat(cadreRead.status()).as(cadreRead.body()).isEqualTo(200);
        assertThat(cadreRead.json().get("residents").get(0).get("idNumber").asString()).isEqualTo("410581198805050012");
        assertThat(Http.get(GATEWAY + "/api/v1/grid/households/" + id, Http.userToken("linxian", "grid")).json()
                .get("residents").get(0).get("idNumber").asString()).isEqualTo("410581********0012");
        assertThat(Http.get(GATEWAY + "/api/v1/grid/households/" + id, Http.userToken("jiyuan", "admin")).status())
                .isEqualTo(404);
    }

    @Test
    @Order(9)
    void whenKeycloakIssuesTokensThenTheyCarryTheAccountsTownshipVillageAndProvince() {
        assertThat(claims(Http.userToken("linxian", "cadre"))).contains("\"village\":\"v-huashi\"", "\"township\":\"t-chengguan\"");
        assertThat(claims(Http.userToken("platform", "henan-admin"))).contains("\"province\":\"henan\"");
        Http.Answer province = Http.get(GATEWAY + "/api/v1/grid/indicators", Http.userToken("platform", "henan-admin"));
        assertThat(province.status()).as(province.body()).isEqualTo(200);
        assertThat(province.body()).contains("\"id\":\"linxian\"", "\"id\":\"jiyuan\"");
    }

    private static String claims(String token) {
        return new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    @Order(9)
    void whenTheDemoVillagerReadsHouseholdsThenOnlyTheirOwnIsListed() {
        Http.Answer own = Http.get(GATEWAY + "/api/v1/grid/households", Http.userToken("linxian", "villager"));
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("totalItems").asLong()).isEqualTo(1);
        assertThat(own.json().get("items").get(0).get("headName").asString()).isEqualTo("Li Ming");
    }

    @Test
    @Order(100)
    void whenTheStackIsStoppedAndStartedAgainThenCountiesUsersAndRecordsRemain() throws Exception {
        String operator = Http.userToken("platform", "operator");
        Http.post(GATEWAY + "/api/v1/tenants/jiyuan/suspend", operator, "");
        Http.post(GATEWAY + "/api/v1/tenants/jiyuan/resume", operator, "");
        String jiyuanBefore = Http.get(GATEWAY + "/api/v1/tenants/jiyuan", operator).body();

        Stack.restart();

        String operatorAgain = Http.userToken("platform", "operator");
        assertThat(Http.get(GATEWAY + "/api/v1/tenants/jiyuan", operatorAgain).body()).isEqualTo(jiyuanBefore);
        assertThat(Http.get(GATEWAY + "/api/v1/tenants/jiaozuo", operatorAgain).json().get("status").asString())
                .isEqualTo("ACTIVE");
        String newAdmin = Http.userToken("jiaozuo", "newadmin");
        assertThat(Http.get(GATEWAY + "/api/v1/grid/audit", newAdmin).status()).isEqualTo(200);
    }

    private static Http.Answer answer(Future<Http.Answer> call) {
        try {
            return call.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
