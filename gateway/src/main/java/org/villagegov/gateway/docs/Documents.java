package org.villagegov.gateway.docs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.micrometer.observation.ObservationRegistry;
import io.netty.channel.ChannelOption;
import org.springdoc.webflux.api.MultipleOpenApiWebFluxResource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.villagegov.gateway.config.RoutedServices;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI documents the gateway publishes, by name: each service's of {@code gateway.services}
 * (its {@code /v3/api-docs}, as {@code /docs/<name>} routes it) and the gateway's own,
 * {@value #OWN}, which springdoc makes in this process.
 */
@Component
class Documents {

    /** The gateway's own document (the province overview): springdoc's group of that name. */
    static final String OWN = "analytics";
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

    private final RoutedServices routed;
    private final ObjectProvider<MultipleOpenApiWebFluxResource> springdoc;
    private final JsonMapper json;
    private final WebClient client;

    Documents(RoutedServices routed, ObjectProvider<MultipleOpenApiWebFluxResource> springdoc, JsonMapper json,
              ObjectProvider<ObservationRegistry> observations) {
        this.routed = routed;
        this.springdoc = springdoc;
        this.json = json;
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 2000)
                .responseTimeout(TIMEOUT);
        this.client = WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(http))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(MAX_DOCUMENT_BYTES))
                .observationRegistry(observations.getIfAvailable(() -> ObservationRegistry.NOOP))
                .build();
    }

    /** The documents' names in the order Swagger UI lists them: the services' in map order, then the gateway's. */
    List<String> names() {
        List<String> names = new ArrayList<>(routed.services().keySet());
        names.add(OWN);
        return List.copyOf(names);
    }

    /** A document by name; empty if there is none of that name, an error if its maker did not answer with one. */
    Mono<ObjectNode> document(String name, ServerHttpRequest request) {
        if (OWN.equals(name)) {
            return own(request).map(this::object);
        }
        RoutedServices.Service service = routed.services().get(name);
        if (service == null) {
            return Mono.empty();
        }
        return client.get().uri(service.uri().resolve("/v3/api-docs"))
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .bodyToMono(byte[].class)
                .timeout(TIMEOUT)
                .map(this::object);
    }

    private Mono<byte[]> own(ServerHttpRequest request) {
        MultipleOpenApiWebFluxResource documents = springdoc.getIfAvailable();
        if (documents == null) {
            return Mono.error(new IllegalStateException("springdoc's grouped documents are not available"));
        }
        try {
            return documents.openapiJson(request, "/v3/api-docs", OWN, Locale.ROOT);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return Mono.error(e);
        }
    }

    private ObjectNode object(byte[] body) {
        JsonNode document = json.readTree(body);
        if (!(document instanceof ObjectNode object) || !document.has("openapi")) {
            throw new IllegalStateException("not an OpenAPI document");
        }
        return object;
    }
}
