package org.villagegov.gateway.config;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gateway.services}: the services behind the gateway, each once — its name, where it
 * listens and the API path it owns. Their API routes, API-docs routes ({@code /docs/<name>})
 * and Swagger UI entries are all made from this map, so adding a service is one entry here.
 *
 * @param services by name ({@code council}, {@code grid}, ...), in the order written
 */
@ConfigurationProperties("gateway")
public record RoutedServices(Map<String, Service> services) {

    public RoutedServices {
        // in the order written: the province overview's columns follow it (Map.copyOf would not keep it)
        services = services == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(services));
    }

    /**
     * @param uri  where the service listens (from {@code services.<name>-uri}, which the deployments set)
     * @param path the API path it owns, e.g. {@code /api/v1/grid}: everything below it is routed there unchanged
     */
    public record Service(URI uri, String path) {
    }
}
