package org.villagegov.e2e;

import java.util.List;

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

    private static final List<String> SERVICES = List.of("council", "grid", "points", "mediation");

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
    }

    @Test
    void whenTheDatabaseIsDownThenServicesAnswerServiceUnavailableAndRecoverWhenItReturns() throws Exception {
        String admin = Http.userToken("linxian", "admin");
        assertThat(Http.get(GATEWAY + "/api/v1/points/audit", admin).status()).isEqualTo(200);
        Stack.kill("dev-mongo");
        try {
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
    }
}
