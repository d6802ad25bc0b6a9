package org.villagegov.gateway.docs;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Hidden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import org.villagegov.gateway.config.GatewayProperties;
import org.villagegov.gateway.problem.NotFoundException;
import org.villagegov.gateway.tenant.RealmProvisioner;
import org.villagegov.gateway.tenant.RegisteredIssuer;
import org.villagegov.gateway.tenant.TenantDirectory;
import reactor.core.publisher.Mono;

/**
 * Swagger UI for one county: {@code /docs} asks for the county, {@code /docs/<county>/swagger-ui}
 * is Swagger UI over {@code /docs/<county>/swagger-config}, which lists that county's documents
 * {@code /docs/<county>/<name>}, each served by this gateway and logging in to the county's realm
 * (its issuer from the registry, never from the request). Public, like the documents themselves; an
 * unknown, provisioning or suspended county is 404 everywhere, and no page names another county.
 */
@Hidden
@RestController
class ApiDocsController {

    static final String SCRIPT = "/docs/swagger-ui.js";
    private static final Logger log = LoggerFactory.getLogger(ApiDocsController.class);
    private static final Resource SCRIPT_FILE = new ClassPathResource("docs/county-swagger-ui.js");
    private static final String NO_COUNTY = "No such county";

    private final TenantDirectory directory;
    private final Documents documents;
    private final String keycloakOrigin;

    ApiDocsController(TenantDirectory directory, Documents documents, GatewayProperties properties) {
        this.directory = directory;
        this.documents = documents;
        this.keycloakOrigin = properties.keycloakOrigin();
    }

    /** What Swagger UI reads first: the county's documents, where the login returns, and PKCE. */
    record SwaggerUiConfig(List<DocumentUrl> urls, String oauth2RedirectUrl, boolean usePkceWithAuthorizationCodeGrant,
                           String validatorUrl) {
    }

    record DocumentUrl(String name, String url) {
    }

    /** The landing page; with {@code ?county=} of an active county, on to its Swagger UI. */
    @GetMapping("/docs")
    Mono<ResponseEntity<String>> landing(@RequestParam(required = false) String county) {
        if (county == null || county.isBlank()) {
            return Mono.just(page(HttpStatus.OK, LandingPage.html(null), LandingPage.POLICY));
        }
        String id = county.trim();
        return directory.activeCounty(id).map(found -> found.isPresent()
                ? ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(uiPath(found.get()))).<String>build()
                : page(HttpStatus.NOT_FOUND, LandingPage.html(id), LandingPage.POLICY));
    }

    @GetMapping("/docs/{county}/swagger-ui")
    Mono<ResponseEntity<String>> swaggerUi(@PathVariable String county) {
        return active(county).map(found -> page(HttpStatus.OK, SwaggerUiPage.html(found.tenant(), configPath(found),
                RealmProvisioner.CONSOLE_CLIENT), SwaggerUiPage.policy(keycloakOrigin)));
    }

    @GetMapping(SCRIPT)
    ResponseEntity<Resource> script() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .contentType(MediaType.parseMediaType("text/javascript")).body(SCRIPT_FILE);
    }

    @GetMapping("/docs/{county}/swagger-config")
    Mono<ResponseEntity<SwaggerUiConfig>> swaggerConfig(@PathVariable String county, ServerHttpRequest request) {
        return active(county).map(found -> {
            String base = "/docs/" + found.tenant() + "/";
            List<DocumentUrl> urls = documents.names().stream().map(name -> new DocumentUrl(name, base + name)).toList();
            URI here = request.getURI();
            String origin = here.getScheme() + "://" + here.getRawAuthority();
            return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                    .body(new SwaggerUiConfig(urls, origin + "/swagger-ui/oauth2-redirect.html", true, ""));
        });
    }

    @GetMapping("/docs/{county}/{name}")
    Mono<ResponseEntity<Object>> document(@PathVariable String county, @PathVariable String name, ServerHttpRequest request) {
        return active(county).flatMap(found -> documents.document(name, request)
                .<ResponseEntity<Object>>map(document -> ResponseEntity.ok().cacheControl(CacheControl.noCache())
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(CountyDocument.rewrite(document, found.tenant(), found.issuer(), RealmProvisioner.CONSOLE_CLIENT)))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("No document named " + name)))
                .onErrorResume(failure -> !(failure instanceof NotFoundException), failure -> {
                    log.warn("The {} document could not be read: {}", name, failure.toString());
                    return Mono.just(ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                            .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                                    "The " + name + " document is not available; try again shortly")));
                }));
    }

    private Mono<RegisteredIssuer> active(String county) {
        return directory.activeCounty(county)
                .flatMap(found -> Mono.justOrEmpty(found))
                .switchIfEmpty(Mono.error(() -> new NotFoundException(NO_COUNTY)));
    }

    private static String uiPath(RegisteredIssuer county) {
        return "/docs/" + county.tenant() + "/swagger-ui";
    }

    private static String configPath(RegisteredIssuer county) {
        return "/docs/" + county.tenant() + "/swagger-config";
    }

    private static ResponseEntity<String> page(HttpStatus status, String html, String policy) {
        return ResponseEntity.status(status)
                .cacheControl(CacheControl.noCache())
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", policy)
                .body(html);
    }

    /** The page that asks for the county. Names none: the registry is not public. */
    static final class LandingPage {

        static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                + "frame-ancestors 'none'; base-uri 'none'";

        private LandingPage() {
        }

        static String html(String unknownCounty) {
            String message = unknownCounty == null ? ""
                    : "<p role=\"alert\"><strong>No active county “" + HtmlUtils.htmlEscape(unknownCounty)
                    + "”.</strong> Check the id with your county's administrator.</p>";
            return """
                    <!DOCTYPE html>
                    <html lang="en">
                    <head>
                    <meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>Village governance API</title>
                    <style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:3rem auto;padding:0 1rem;line-height:1.5}
                    input,button{font:inherit;padding:.3rem .5rem}code{background:#f2f2f2;padding:0 .2rem}</style>
                    </head>
                    <body>
                    <main>
                    <h1>Village governance API</h1>
                    <p>Swagger UI for your county lists the API of council, grid, points and mediation and the province
                    overview. <em>Authorize</em> logs you in on your county's login page (authorization code with PKCE)
                    and <em>Try it out</em> sends your requests through this gateway, with your roles.</p>
                    %s
                    <form method="get" action="/docs">
                    <label for="county">County id</label>
                    <input id="county" name="county" required maxlength="63" autocomplete="off" spellcheck="false">
                    <button type="submit">Open Swagger UI</button>
                    </form>
                    <p>The county id is the one in your console's address (<code>/c/&lt;county&gt;</code>) and in your
                    tokens' issuer (<code>…/realms/&lt;county&gt;</code>).</p>
                    <p>Without a county: <a href="/swagger-ui.html">Swagger UI</a> takes an access token you paste
                    (Authorize, <code>bearer</code>), for example an integrator's client-credentials token.</p>
                    </main>
                    </body>
                    </html>
                    """.formatted(message);
        }
    }

    /** Swagger UI's own files with the county's settings; the script reads them from the page. */
    static final class SwaggerUiPage {

        private SwaggerUiPage() {
        }

        /** Swagger UI and its login: scripts of this gateway only, token requests to Keycloak. */
        static String policy(String keycloakOrigin) {
            return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                    + "connect-src 'self' " + keycloakOrigin + "; form-action 'self' " + keycloakOrigin + "; "
                    + "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";
        }

        static String html(String county, String configPath, String clientId) {
            return """
                    <!DOCTYPE html>
                    <html lang="en">
                    <head>
                    <meta charset="utf-8">
                    <title>Village governance API – %1$s</title>
                    <link rel="stylesheet" type="text/css" href="/swagger-ui/swagger-ui.css">
                    <link rel="stylesheet" type="text/css" href="/swagger-ui/index.css">
                    <link rel="icon" type="image/png" href="/swagger-ui/favicon-32x32.png" sizes="32x32">
                    </head>
                    <body>
                    <div id="swagger-ui" data-config-url="%2$s" data-client-id="%3$s"></div>
                    <script src="/swagger-ui/swagger-ui-bundle.js" charset="UTF-8"></script>
                    <script src="/swagger-ui/swagger-ui-standalone-preset.js" charset="UTF-8"></script>
                    <script src="%4$s" charset="UTF-8"></script>
                    </body>
                    </html>
                    """.formatted(HtmlUtils.htmlEscape(county), HtmlUtils.htmlEscape(configPath),
                    HtmlUtils.htmlEscape(clientId), SCRIPT);
        }
    }
}
