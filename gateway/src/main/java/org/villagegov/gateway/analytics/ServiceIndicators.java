package org.villagegov.gateway.analytics;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.observation.ObservationRegistry;
import io.netty.channel.ChannelOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;
import org.villagegov.gateway.config.GatewayProperties;
import org.villagegov.gateway.config.RoutedServices;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks every service of {@code gateway.services} for its indicators at once, with the caller's
 * own {@code Authorization} header: each service checks the token and the scope itself, so the
 * gateway can add nothing the caller did not have. All four answers are awaited (each within
 * {@code gateway.indicators-timeout}) so the outcome does not depend on which came first: a
 * refusal (4xx) of the first refusing service in service order wins, else the services that
 * are down, too slow or answered something else make it a 503; only four tables make a table.
 */
@Component
class ServiceIndicators {

    static final String PATH = "/indicators";
    static final List<String> PARAMETERS = List.of("period", "from", "to", "county", "township");
    private static final Logger log = LoggerFactory.getLogger(ServiceIndicators.class);
    private static final int MAX_ANSWER_BYTES = 8 * 1024 * 1024;

    private final RoutedServices routed;
    private final Duration timeout;
    private final JsonMapper json;
    private final WebClient client;

    ServiceIndicators(RoutedServices routed, GatewayProperties properties, JsonMapper json,
                      ObjectProvider<ObservationRegistry> observations) {
        this.routed = routed;
        this.timeout = properties.indicatorsTimeout();
        this.json = json;
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(timeout.toMillis(), 2000))
                .responseTimeout(timeout);
        this.client = WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(http))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(MAX_ANSWER_BYTES))
                .observationRegistry(observations.getIfAvailable(() -> ObservationRegistry.NOOP))
                .build();
    }

    /** Every service's table, in service order; or an error: {@link ServiceRefused} or {@link ServicesUnavailable}. */
    Mono<Map<String, ServiceTable>> tables(Map<String, String> query, String authorization) {
        List<String> names = List.copyOf(routed.services().keySet());
        return Flux.fromIterable(names)
                .flatMapSequential(name -> ask(name, routed.services().get(name), query, authorization))
                .collectList()
                .flatMap(answers -> decide(names, answers));
    }

    private Mono<Answer> ask(String name, RoutedServices.Service service, Map<String, String> query,
                             String authorization) {
        return client.get().uri(uri(service, query))
                .headers(headers -> {
                    if (authorization != null) {
                        headers.set(HttpHeaders.AUTHORIZATION, authorization);
                    }
                    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
                })
                .exchangeToMono(response -> response.bodyToMono(byte[].class).defaultIfEmpty(new byte[0])
                        .map(body -> answer(name, response.statusCode().value(),
                                response.headers().contentType().orElse(null), body)))
                .timeout(timeout)
                .onErrorResume(e -> {
                    log.warn("Indicators of {} unavailable: {}", name, e.toString());
                    return Mono.just(new Answer.Down(name));
                });
    }

    private Answer answer(String name, int status, MediaType type, byte[] body) {
        if (status >= 400 && status < 500) {
            return new Answer.Refused(name, status, type, body);
        }
        if (status < 200 || status >= 300) {
            log.warn("Indicators of {} answered {}", name, status);
            return new Answer.Down(name);
        }
        try {
            ServiceTable table = json.readValue(body, ServiceTable.class);
            if (table != null && table.complete()) {
                return new Answer.Table(name, table);
            }
        } catch (RuntimeException e) {
            log.warn("Indicators of {} unreadable: {}", name, e.toString());
        }
        return new Answer.Down(name);
    }

    private static Mono<Map<String, ServiceTable>> decide(List<String> names, List<Answer> answers) {
        for (Answer answer : answers) {
            if (answer instanceof Answer.Refused refused) {
                return Mono.error(new ServiceRefused(refused.service(), refused.status(), refused.type(), refused.body()));
            }
        }
        List<String> down = answers.stream().filter(Answer.Down.class::isInstance).map(Answer::service).toList();
        if (!down.isEmpty()) {
            return Mono.error(new ServicesUnavailable(down));
        }
        Map<String, ServiceTable> tables = new LinkedHashMap<>();
        answers.forEach(answer -> tables.put(answer.service(), ((Answer.Table) answer).table()));
        return names.isEmpty() ? Mono.error(new ServicesUnavailable(List.of())) : Mono.just(tables);
    }

    /** The service's own path plus /indicators, with only the overview's query parameters, each encoded. */
    private static URI uri(RoutedServices.Service service, Map<String, String> query) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromUri(service.uri()).path(service.path() + PATH);
        Map<String, String> values = new LinkedHashMap<>();
        PARAMETERS.forEach(parameter -> {
            String value = query.get(parameter);
            if (value != null) {
                builder.queryParam(parameter, "{" + parameter + "}");
                values.put(parameter, value);
            }
        });
        return builder.encode().buildAndExpand(values).toUri();
    }

    private sealed interface Answer {

        String service();

        record Table(String service, ServiceTable table) implements Answer {
        }

        record Refused(String service, int status, MediaType type, byte[] body) implements Answer {
        }

        record Down(String service) implements Answer {
        }
    }
}
