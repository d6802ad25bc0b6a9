package org.villagegov.e2e;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.villagegov.e2e.Stack.GATEWAY;

/** Only the platform's own clients' tokens count, with the real Keycloak's tokens. */
@ExtendWith(Stack.class)
class EdgeClientsEndToEndTests {

    @Test
    void whenTokenIssuedToForeignClientThenUnauthorized() {
        // every realm's admin-cli has the password grant: a county admin's real token, roles and all
        String adminCli = Http.token("linxian", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", "admin", "password", Stack.DEMO_PASSWORD));
        for (String service : Stack.SERVICES) {
            Http.Answer answer = Http.get(GATEWAY + "/api/v1/" + service + "/audit", adminCli);
            assertThat(answer.status()).as(service).isEqualTo(401);
            assertThat(answer.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
        assertThat(Http.get(GATEWAY + "/api/v1/grid/audit", Http.userToken("linxian", "admin")).status()).isEqualTo(200);
    }

    @Test
    void whenTheConsoleClientIsAskedForAPasswordGrantThenKeycloakRefuses() {
        assertThatThrownBy(() -> Http.token("linxian", Map.of("grant_type", "password", "client_id", "web-console",
                "username", "admin", "password", Stack.DEMO_PASSWORD)))
                .isInstanceOf(IllegalStateException.class);
    }
}
