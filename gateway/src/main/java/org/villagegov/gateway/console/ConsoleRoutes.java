package org.villagegov.gateway.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.BiConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.villagegov.gateway.config.GatewayProperties;

/**
 * The console's files from {@code classpath:console/}. Files under {@code /assets/} have hashed
 * names, so browsers keep them for a year without asking again; everything else (the page, the
 * service worker, the manifest, the icon) is revalidated on every use ({@code no-cache} with an
 * ETag), so a new build reaches everyone on the next load. The client-side routes all answer the
 * one page; an asset that does not exist is a 404, never the page.
 */
@Configuration
class ConsoleRoutes {

    private static final Logger log = LoggerFactory.getLogger(ConsoleRoutes.class);

    /** Where the console module puts its build on the classpath. */
    static final String LOCATION = "console/";

    /** A year, the usual maximum; {@code immutable}: browsers do not ask again even on a reload. */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private static final MediaType WEB_MANIFEST = MediaType.parseMediaType("application/manifest+json");

    @Bean
    RouterFunction<ServerResponse> console(ConsoleConfigHandler config, GatewayProperties properties) {
        RouterFunction<ServerResponse> routes = RouterFunctions.route(readable(RequestPredicates.path(ConsolePaths.CONFIG)), config::config)
                .and(RouterFunctions.resources(ConsolePaths.ASSETS, new ClassPathResource(LOCATION + "assets/"),
                        (resource, headers) -> headers.setCacheControl(IMMUTABLE)));
        for (String file : ConsolePaths.ROOT_FILES) {
            Resource resource = new ClassPathResource(LOCATION + file);
            if (resource.exists()) {
                routes = routes.and(RouterFunctions.resource(readable(RequestPredicates.path("/" + file)), resource,
                        revalidated(resource).andThen((served, headers) -> rootFileHeaders(file, headers))));
            }
        }
        Resource page = new ClassPathResource(LOCATION + "index.html");
        if (page.exists()) {
            RequestPredicate clientRoutes = ConsolePaths.PAGE.stream().map(RequestPredicates::path)
                    .reduce(RequestPredicate::or).orElseThrow();
            routes = routes.and(RouterFunctions.resource(readable(clientRoutes), page, revalidated(page)));
        } else {
            // the API does not need the console; a gateway built without it still routes
            log.warn("No {}index.html on the classpath: the gateway serves no console", LOCATION);
        }
        return routes.filter(new ConsoleHeaders(properties.keycloakOrigin()));
    }

    private static void rootFileHeaders(String file, HttpHeaders headers) {
        switch (file) {
            // the service worker controls the whole console, not only what lies under its own path
            case "sw.js" -> headers.set("Service-Worker-Allowed", "/");
            // not in Spring's media-type table; browsers want it to install the console as an app
            case "manifest.webmanifest" -> headers.setContentType(WEB_MANIFEST);
            default -> {
            }
        }
    }

    /** no-cache with a weak ETag of the content (weak: the same file goes out gzipped or not). */
    private static BiConsumer<Resource, HttpHeaders> revalidated(Resource resource) {
        String etag = "W/\"" + digest(resource) + "\"";
        return (served, headers) -> {
            headers.setCacheControl(CacheControl.noCache());
            headers.setETag(etag);
        };
    }

    private static RequestPredicate readable(RequestPredicate predicate) {
        return RequestPredicates.methods(HttpMethod.GET, HttpMethod.HEAD).and(predicate);
    }

    private static String digest(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
