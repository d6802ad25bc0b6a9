package org.villagegov.gateway.docs;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.villagegov.gateway.GatewayTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI per county: its settings list that county's documents, each served by the gateway and
 * logging in to that county's realm as the registry names it; unknown and suspended counties are
 * 404 problem+json, and nothing names another county.
 */
class ApiDocsTests extends GatewayTestBase {

    private static final String SERVICE_DOCUMENT = """
            {"openapi":"3.1.0","info":{"title":"grid-service","version":"v1"},
             "servers":[{"url":"http://127.0.0.1:8082","description":"Generated server url"}],
             "security":[{"bearer":[]}],
             "paths":{
               "/api/v1/grid/households":{"get":{"operationId":"listHouseholds","responses":{"200":{"description":"ok"}}},
                                          "post":{"operationId":"registerHousehold","security":[{"bearer":[]}],
                                                  "responses":{"201":{"description":"created"}}}},
               "/api/v1/grid/public":{"get":{"operationId":"open","security":[],"responses":{"200":{"description":"ok"}}}}},
             "components":{"securitySchemes":{"bearer":{"type":"http","scheme":"bearer","bearerFormat":"JWT"}}}}
            """;

    @AfterEach
    void stubAnswersAgain() {
        backendAnswers.remove("/v3/api-docs");
    }

    @Test
    @SuppressWarnings("unchecked")
    void whenACountysSwaggerUiSettingsAreAskedThenTheyListThatCountysDocumentsWithPkceAndTheLoginReturningHere() {
        String body = web.get().uri("/docs/linxian/swagger-config").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache")
                .expectBody(String.class).returnResult().getResponseBody();

        web.get().uri("/docs/linxian/swagger-config").exchange().expectBody()
                .jsonPath("$.urls[*].name").value(names -> assertThat((List<Object>) names)
                        .containsExactly("council", "grid", "points", "mediation", "analytics"))
                .jsonPath("$.urls[*].url").value(urls -> assertThat((List<Object>) urls)
                        .containsExactly("/docs/linxian/council", "/docs/linxian/grid", "/docs/linxian/points",
                                "/docs/linxian/mediation", "/docs/linxian/analytics"))
                .jsonPath("$.usePkceWithAuthorizationCodeGrant").isEqualTo(true)
                .jsonPath("$.oauth2RedirectUrl").value(url -> assertThat((String) url)
                        .matches("http://localhost:\\d+/swagger-ui/oauth2-redirect\\.html"));
        assertThat(body).doesNotContain("daye").doesNotContain("/realms/");
    }

    @Test
    void whenACountysDocumentIsAskedThenTheGatewayServesItAndAuthorizeLogsInToThatCountysRealm() {
        backendAnswers.put("/v3/api-docs", Stubbed.json(SERVICE_DOCUMENT));
        String realm = issuerBase() + "/realms/linxian/protocol/openid-connect";

        byte[] body = web.get().uri("/docs/linxian/grid").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.info.title").isEqualTo("grid-service")
                .jsonPath("$.servers.length()").isEqualTo(1)
                .jsonPath("$.servers[0].url").isEqualTo("/")
                .jsonPath("$.components.securitySchemes.bearer.scheme").isEqualTo("bearer")
                .jsonPath("$.components.securitySchemes.oauth2.type").isEqualTo("oauth2")
                .jsonPath("$.components.securitySchemes.oauth2.flows.authorizationCode.authorizationUrl").isEqualTo(realm + "/auth")
                .jsonPath("$.components.securitySchemes.oauth2.flows.authorizationCode.tokenUrl").isEqualTo(realm + "/token")
                .jsonPath("$.components.securitySchemes.oauth2.flows.implicit").doesNotExist()
                // bearer or the login, wherever a token is needed
                .jsonPath("$.security.length()").isEqualTo(2)
                .jsonPath("$.security[0].bearer").exists()
                .jsonPath("$.security[1].oauth2").exists()
                .jsonPath("$.paths['/api/v1/grid/households'].get.security").doesNotExist()
                .jsonPath("$.paths['/api/v1/grid/households'].post.security.length()").isEqualTo(2)
                .jsonPath("$.paths['/api/v1/grid/households'].post.security[1].oauth2").exists()
                // an operation open to all stays open
                .jsonPath("$.paths['/api/v1/grid/public'].get.security.length()").isEqualTo(0)
                .returnResult().getResponseBodyContent();
        assertThat(new String(body, StandardCharsets.UTF_8)).doesNotContain("127.0.0.1:8082").doesNotContain("daye");
    }

    @Test
    void whenAnotherCountysDocumentIsAskedThenItLogsInToThatCountyOnly() {
        backendAnswers.put("/v3/api-docs", Stubbed.json(SERVICE_DOCUMENT));

        String body = new String(web.get().uri("/docs/daye/council").exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBodyContent(), StandardCharsets.UTF_8);

        assertThat(body).contains(issuerBase() + "/realms/daye/protocol/openid-connect/auth").doesNotContain("linxian");
    }

    @Test
    void whenTheGatewaysOwnDocumentIsAskedForACountyThenItTooIsServedHereWithTheCountysLogin() {
        web.get().uri("/docs/linxian/analytics").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.info.title").isEqualTo("Province overview (gateway)")
                .jsonPath("$.servers[0].url").isEqualTo("/")
                .jsonPath("$.paths['/api/v1/analytics/indicators'].get.security[0].bearer").exists()
                .jsonPath("$.paths['/api/v1/analytics/indicators'].get.security[1].oauth2").exists()
                .jsonPath("$.components.securitySchemes.oauth2.flows.authorizationCode.tokenUrl")
                .isEqualTo(issuerBase() + "/realms/linxian/protocol/openid-connect/token");
        // and the default Swagger UI's copy names this gateway too, wherever it was reached from
        web.get().uri("/v3/api-docs/analytics").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.servers.length()").isEqualTo(1)
                .jsonPath("$.servers[0].url").isEqualTo("/");
    }

    @Test
    void whenTheCountyIsUnknownOrSuspendedThenEveryPageOfItIsNotFound() {
        String suspended = "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        onboard(suspended, "henan");
        web.get().uri("/docs/" + suspended + "/swagger-config").exchange().expectStatus().isOk();
        web.post().uri("/api/v1/tenants/" + suspended + "/suspend").header("Authorization", operator()).exchange()
                .expectStatus().isOk();

        for (String county : new String[] {"nowhere", suspended, "platform"}) {
            for (String page : new String[] {"swagger-config", "swagger-ui", "grid", "analytics"}) {
                web.get().uri("/docs/" + county + "/" + page).exchange()
                        .expectStatus().isNotFound()
                        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                        .expectBody().jsonPath("$.detail").isEqualTo("No such county");
            }
        }
    }

    @Test
    void whenADocumentIsUnknownOrItsServiceFailsThenNotFoundOrServiceUnavailable() {
        web.get().uri("/docs/linxian/elsewhere").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        backendAnswers.put("/v3/api-docs", Stubbed.problem(500, "{}"));
        web.get().uri("/docs/linxian/grid").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("grid"));
    }

    @Test
    void whenTheCountysSwaggerUiIsOpenedThenItLoadsSwaggerUiWithTheCountysSettingsAndOnlyOwnScripts() {
        String page = web.get().uri("/docs/linxian/swagger-ui").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().value("Content-Security-Policy", policy -> assertThat(policy)
                        .contains("script-src 'self';").contains("connect-src 'self' " + issuerBase() + ";")
                        .contains("frame-ancestors 'none'"))
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("data-config-url=\"/docs/linxian/swagger-config\"")
                .contains("data-client-id=\"web-console\"")
                .contains("<script src=\"/swagger-ui/swagger-ui-bundle.js\"")
                .contains("<script src=\"" + ApiDocsController.SCRIPT + "\"")
                .doesNotContain("daye");
        web.get().uri(ApiDocsController.SCRIPT).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/javascript")
                .expectBody(String.class).value(script -> assertThat(script)
                        .contains("usePkceWithAuthorizationCodeGrant: true").contains("root.dataset.configUrl"));
        web.get().uri("/swagger-ui/swagger-ui-bundle.js").exchange().expectStatus().isOk();
        web.get().uri("/swagger-ui/oauth2-redirect.html").exchange().expectStatus().isOk();
    }

    @Test
    void whenTheLandingPageIsOpenedThenItAsksForTheCountyAndNamesNone() {
        String page = web.get().uri("/docs").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().value("Content-Security-Policy", policy -> assertThat(policy).startsWith("default-src 'none'"))
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("<input id=\"county\" name=\"county\"").contains("/swagger-ui.html")
                .doesNotContain("linxian").doesNotContain("daye");

        web.get().uri("/docs?county=linxian").exchange()
                .expectStatus().isSeeOther()
                .expectHeader().location("/docs/linxian/swagger-ui");
        web.get().uri("/docs?county=<b>nowhere</b>").exchange()
                .expectStatus().isNotFound()
                .expectBody(String.class).value(html -> assertThat(html)
                        .contains("&lt;b&gt;nowhere&lt;/b&gt;").doesNotContain("<b>nowhere").doesNotContain("linxian"));
    }
}
