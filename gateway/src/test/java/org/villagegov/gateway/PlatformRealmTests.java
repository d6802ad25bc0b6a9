package org.villagegov.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.villagegov.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tokens of the platform realm reach only their own routes: a provincial admin the reports (the
 * overview and each service's indicators), a platform operator the registry and the indicator
 * checks. A county's token is unaffected: its services decide.
 */
class PlatformRealmTests extends GatewayTestBase {

    private static String provincialAdmin() {
        return TestTokens.forTenant("platform").roles("provincial-admin").province("henan").bearer();
    }

    @Test
    void whenAProvincialAdminCallsAnyOtherServiceRouteThenForbiddenAndTheServiceIsNeverCalled() {
        for (String path : new String[] {"/api/v1/grid/households", "/api/v1/council/province/report",
                "/api/v1/points/indicators/drift", "/api/v1/mediation/indicators/other"}) {
            backendSeen.remove(path);
            web.get().uri(path).header("Authorization", provincialAdmin()).exchange()
                    .expectStatus().isForbidden()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(backendSeen).as(path).doesNotContainKey(path);
        }
        web.post().uri("/api/v1/grid/indicators").header("Authorization", provincialAdmin()).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void whenAProvincialAdminReadsAServicesIndicatorsThenTheyAreForwarded() {
        for (String service : new String[] {"council", "grid", "points", "mediation"}) {
            String path = "/api/v1/" + service + "/indicators";
            backendSeen.remove(path);
            web.get().uri(path + "?county=linxian").header("Authorization", provincialAdmin()).exchange()
                    .expectStatus().isOk();
            assertThat(backendSeen).containsKey(path);
        }
    }

    @Test
    void whenAPlatformOperatorChecksIndicatorsThenForwardedAndAnythingElseOfTheServicesIsForbidden() {
        web.get().uri("/api/v1/grid/indicators/drift?county=daye").header("Authorization", operator()).exchange()
                .expectStatus().isOk();
        web.post().uri("/api/v1/grid/indicators/drift/repair?county=daye").header("Authorization", operator()).exchange()
                .expectStatus().isOk();
        backendSeen.remove("/api/v1/grid/indicators");
        web.get().uri("/api/v1/grid/indicators").header("Authorization", operator()).exchange()
                .expectStatus().isForbidden();
        assertThat(backendSeen).doesNotContainKey("/api/v1/grid/indicators");
        web.get().uri("/api/v1/tenants").header("Authorization", operator()).exchange().expectStatus().isOk();
    }

    @Test
    void whenAPlatformRealmTokenHasNoPlatformRoleThenEveryServiceRouteIsForbidden() {
        web.get().uri("/api/v1/grid/indicators")
                .header("Authorization", TestTokens.forTenant("platform").roles("county-admin").bearer()).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void whenACountyTokenCallsAServiceRouteThenItIsForwardedAsBefore() {
        web.get().uri("/api/v1/grid/households")
                .header("Authorization", TestTokens.forTenant("daye").roles("county-admin").bearer()).exchange()
                .expectStatus().isOk();
    }
}
