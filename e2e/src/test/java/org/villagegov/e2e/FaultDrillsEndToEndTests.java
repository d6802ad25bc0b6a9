package org.villagegov.e2e;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.villagegov.e2e.Stack.GATEWAY;

/**
 * Parts of the stack fail (killed outright) and come back. Only the test stack's own
 * processes are killed; the machine's shared RabbitMQ and Redis are never touched.
 */
@ExtendWith(Stack.class)
class FaultDrillsEndToEndTests {

    private static final List<String> SERVICES = Stack.SERVICES;

    @Test
    void whenKeycloakIsDownThenIssuedTokensKeepWorkingAndNewLoginsFailCleanly() throws Exception {
        String admin = Http.userToken("linxian", "admin");
        for (String service : SERVICES) {
            assertThat(Http.get(GATEWAY + "/api/v1/" + service + "/audit", admin).status()).isEqualTo(200);
        }
        Stack.kill("keycloak");
        try {
            for (String service : SERVICES) {
                assertThat(Http.get(GATEWAY + "/api/v1/" + service + "/audit", admin).status()).as(service).isEqualTo(200);
            }
            assertThatThrownBy(() -> Http.userToken("linxian", "admin")).isInstanceOf(IllegalStateException.class);
        } finally {
            Stack.upAgain();
        }
        assertThat(Http.userToken("linxian", "admin")).isNotBlank();
        DrillReport.section("22-keycloak-down", """
                ## Keycloak down

                Keycloak killed: a token issued before kept working on all %d services (cached keys);
                a new login failed cleanly; after Keycloak came back, logins worked again.
                """.formatted(SERVICES.size()));
    }

    @Test
    void whenTheDatabaseIsDownThenServicesAnswerServiceUnavailableAndRecoverWhenItReturns() throws Exception {
        String admin = Http.userToken("linxian", "admin");
        assertThat(Http.get(GATEWAY + "/api/v1/points/audit", admin).status()).isEqualTo(200);
        Map<String, Long> auditBefore = AuditLog.counts(admin);
        String itemName = "Written while the database is down " + System.nanoTime();
        Stack.kill("dev-mongo");
        try {
            Http.Answer write = Http.post(GATEWAY + "/api/v1/points/supermarket/items", admin, Map.of(
                    "townshipId", "t-chengguan", "villageId", "v-huashi", "name", itemName, "price", 5, "stock", 5));
            assertThat(write.status()).as(write.body()).isEqualTo(503);
            for (String service : SERVICES) {
                Http.Answer answer = Http.get(GATEWAY + "/api/v1/" + service + "/audit", admin);
                assertThat(answer.status()).as(service).isEqualTo(503);
                assertThat(answer.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).contains("application/problem+json"));
                assertThat(answer.body()).doesNotContain("Exception").doesNotContain("mongodb://");
            }
        } finally {
            Stack.upAgain();
        }
        for (String service : SERVICES) {
            assertThat(Http.get(GATEWAY + "/api/v1/" + service + "/audit", admin).status()).as(service).isEqualTo(200);
        }
        assertThat(Http.get(GATEWAY + "/api/v1/points/supermarket/items?villageId=v-huashi&size=100", admin).body())
                .as("a write refused while the database was down").doesNotContain(itemName);
        // only the points log: starting the stack again re-runs the demo seeding, which may write elsewhere
        assertThat(AuditLog.counts(admin).get("points")).isEqualTo(auditBefore.get("points"));
        DrillReport.section("23-database-down", """
                ## Database down

                The database killed: all %d services answered 503 problem+json without internals, a write
                attempted meanwhile was refused (503) and left nothing once the database was back (no
                item, the points audit log unchanged); the services answered again once it was back.
                """.formatted(SERVICES.size()));
    }
}
