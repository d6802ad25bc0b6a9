package org.villagegov.gateway.console;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.villagegov.gateway.GatewayTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * The console as browsers get it from the gateway. The page and asset here are the test
 * classpath's stand-ins (src/test/resources/console), which come before the console module's
 * build; one test checks that build itself is packaged and served.
 */
class ConsoleTests extends GatewayTestBase {

    private static final String TEST_PAGE = "gateway-test-console";

    @Autowired
    Environment environment;

    @Test
    void whenTheRootIsOpenedThenThePageIsServedForRevalidationWithTheConsoleHeaders() {
        WebTestClient.ResponseSpec page = web.get().uri("/").exchange();

        page.expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache")
                .expectHeader().exists(HttpHeaders.ETAG)
                .expectBody(String.class).value(containsString(TEST_PAGE));
        expectConsoleHeaders(page);
    }

    @Test
    void whenAClientSideRouteIsOpenedDirectlyThenThePageIsServed() {
        for (String route : List.of("/c/linxian/gw/visits", "/c/linxian", "/p/auth", "/p/counties/linxian")) {
            web.get().uri(route).exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                    .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache")
                    .expectBody(String.class).value(containsString(TEST_PAGE));
        }
    }

    @Test
    void whenTheBrowserHasThePageAlreadyThenNotModified() {
        String etag = web.get().uri("/").exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getETag();

        web.get().uri("/c/linxian/gw/visits").header(HttpHeaders.IF_NONE_MATCH, etag).exchange()
                .expectStatus().isNotModified()
                .expectBody().isEmpty();
    }

    @Test
    void whenAnAssetIsFetchedThenItIsCachedForAYearAsImmutable() {
        WebTestClient.ResponseSpec asset = web.get().uri("/assets/test.js").exchange();

        asset.expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/javascript")
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable")
                .expectBody(String.class).value(containsString("gateway-test-asset"));
        expectConsoleHeaders(asset);
    }

    @Test
    void whenAnAssetDoesNotExistThenNotFoundAndNeverThePage() {
        for (String missing : List.of("/assets/missing.js", "/assets/", "/assets/nested/missing.css")) {
            web.get().uri(missing).exchange()
                    .expectStatus().isNotFound()
                    .expectBody(String.class).value(body -> assertThat(body).as(missing).doesNotContain(TEST_PAGE));
        }
    }

    @Test
    void whenAPathLeavesTheAssetsThenNothingOutsideIsServed() throws Exception {
        // sent as written (java.net.http neither normalizes nor re-encodes), as an attacker would
        HttpClient raw = HttpClient.newHttpClient();
        for (String escape : List.of("/assets/../index.html", "/assets/%2e%2e/index.html", "/assets/..%2Fsw.js",
                "/assets/%2e%2e/%2e%2e/application.yml", "/assets/../../application.yml", "/assets/..%5c..%5capplication.yml")) {
            HttpResponse<String> answer = raw.send(HttpRequest.newBuilder(served(escape)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(escape).isBetween(400, 499);
            assertThat(answer.body()).as(escape).doesNotContain(TEST_PAGE).doesNotContain("keycloak-public-url");
        }
    }

    @Test
    void whenTheServiceWorkerIsFetchedThenItIsRevalidatedAndMayControlTheWholeConsole() {
        WebTestClient.ResponseSpec worker = web.get().uri("/sw.js").exchange();

        worker.expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/javascript")
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache")
                .expectHeader().valueEquals("Service-Worker-Allowed", "/");
        expectConsoleHeaders(worker);
        web.get().uri("/manifest.webmanifest").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("application/manifest+json")
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache");
    }

    @Test
    void whenTheConsoleStartsThenItsSettingsNameKeycloakAndTheActiveCountiesOnly() {
        String suspended = "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        onboard(suspended, "henan");
        web.post().uri("/api/v1/tenants/" + suspended + "/suspend").header("Authorization", operator()).exchange()
                .expectStatus().isOk();

        WebTestClient.ResponseSpec settings = web.get().uri("/console-config.json").exchange();

        settings.expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache")
                .expectBody()
                .jsonPath("$.keycloakUrl").isEqualTo(issuerBase())
                .jsonPath("$.platformRealm").isEqualTo("platform")
                .jsonPath("$.clientId").isEqualTo("web-console")
                .jsonPath("$.timeZone").isEqualTo("Asia/Shanghai")
                .jsonPath("$.counties[?(@.id == 'linxian')].name").isEqualTo("linxian county")
                .jsonPath("$.counties[?(@.id == 'daye')].name").isEqualTo("daye county")
                .jsonPath("$.counties[?(@.id == '" + suspended + "')]").isEmpty()
                .jsonPath("$.counties[0].issuer").doesNotExist()
                .jsonPath("$.counties[0].province").doesNotExist()
                .jsonPath("$.counties[0].status").doesNotExist();
        expectConsoleHeaders(settings);
    }

    @Test
    void whenTheApiIsCalledWithoutATokenThenItIsStillRefused() {
        web.get().uri("/api/v1/grid/households").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                .expectHeader().doesNotExist("Content-Security-Policy");
        web.get().uri("/api/v1/tenants").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void whenTheConsolePathsAreUsedForAnythingButReadingThenRefused() {
        web.post().uri("/").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isUnauthorized();
        web.post().uri("/console-config.json").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isUnauthorized();
        web.delete().uri("/assets/test.js").exchange().expectStatus().isUnauthorized();
    }

    /**
     * The console module builds before the gateway and its build is a runtime dependency: its
     * page is on the classpath besides this test's stand-in, and the script it loads is served,
     * kept for a year and, to browsers that accept it, gzipped (compression is Netty's, so over
     * the real server; the stand-in asset is below the 2 KB under which compressing does not pay).
     */
    @Test
    void whenTheConsoleModuleIsBuiltThenItsPageIsPackagedAndItsScriptServedImmutableAndCompressed() throws Exception {
        String script = packagedEntryScript();

        WebTestClient.ResponseSpec served = web.get().uri(script).exchange();
        served.expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/javascript")
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable");
        expectConsoleHeaders(served);

        HttpResponse<Void> gzipped = HttpClient.newHttpClient().send(HttpRequest.newBuilder(served(script))
                .header(HttpHeaders.ACCEPT_ENCODING, "gzip").build(), HttpResponse.BodyHandlers.discarding());
        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).hasValue("gzip");
    }

    private void expectConsoleHeaders(WebTestClient.ResponseSpec response) {
        String keycloak = issuerBase();
        response.expectHeader().value("Content-Security-Policy", policy -> assertThat(policy)
                        .contains("default-src 'self'")
                        .contains("script-src 'self';")
                        .contains("connect-src 'self' " + keycloak + ";")
                        .contains("frame-src " + keycloak + ";")
                        .contains("form-action 'self' " + keycloak + ";")
                        .contains("frame-ancestors 'none'")
                        .contains("object-src 'none'")
                        // no host but the gateway's own and the configured Keycloak
                        .satisfies(all -> assertThat(Pattern.compile("https?://[^\\s;]+").matcher(all).results()
                                .map(found -> found.group()).distinct().toList()).containsExactly(keycloak)))
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader().valueEquals("X-Frame-Options", "DENY");
    }

    private URI served(String path) {
        return URI.create("http://127.0.0.1:" + environment.getProperty("local.server.port") + path);
    }

    /** The entry script of the console module's own page (not this test's stand-in). */
    private static String packagedEntryScript() {
        try {
            List<URL> pages = Collections.list(ConsoleTests.class.getClassLoader().getResources("console/index.html"));
            URL packaged = pages.stream().filter(url -> !url.toString().contains("/gateway/target/test-classes/"))
                    .findFirst().orElseThrow(() -> new AssertionError("the console module's index.html is not on the classpath: " + pages));
            String page;
            try (InputStream in = packaged.openStream()) {
                page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertThat(page).contains("<div id=\"root\">").doesNotContain(TEST_PAGE);
            Matcher script = Pattern.compile("<script type=\"module\"[^>]* src=\"(/assets/[^\"]+\\.js)\"").matcher(page);
            assertThat(script.find()).as("the page loads its script from /assets/: " + page).isTrue();
            return script.group(1);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
