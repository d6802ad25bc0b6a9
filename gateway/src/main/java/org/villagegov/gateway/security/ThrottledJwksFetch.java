package org.villagegov.gateway.security;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Mono;

/**
 * The key-set fetches of one realm's validator. A token whose key id the cached set lacks makes
 * Spring's reactive decoder fetch the set again, every time: unthrottled, every forged token with
 * a made-up key id would become a request to Keycloak. Here a fetched set answers every fetch for
 * the interval (concurrent fetches share one request), so a rotated key is picked up within the
 * interval and a flood of forged tokens costs Keycloak one request per interval, as in the services
 * ({@code ThrottledJwksCache}). A failed fetch is not remembered: the next token tries again.
 * Every fetch that reached out counts in {@code keycloak.jwks.fetches} by outcome (no county tag:
 * a failure is logged with the realm's address), which the alert on an unreachable Keycloak watches.
 */
final class ThrottledJwksFetch implements ExchangeFilterFunction {

    private static final Logger log = LoggerFactory.getLogger(ThrottledJwksFetch.class);

    private final Duration interval;
    private final Counter fetched;
    private final Counter failed;
    private volatile Mono<String> keySet;

    ThrottledJwksFetch(Duration interval, MeterRegistry registry) {
        this.interval = interval;
        this.fetched = fetches(registry, "success");
        this.failed = fetches(registry, "failure");
    }

    private static Counter fetches(MeterRegistry registry, String outcome) {
        return Counter.builder("keycloak.jwks.fetches").description("Fetches of a realm's signing keys from Keycloak")
                .tag("outcome", outcome).register(registry);
    }

    @Override
    public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
        return shared(request, next).map(body -> ClientResponse.create(HttpStatus.OK)
                .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .body(body)
                .build());
    }

    // one validator fetches one URI, so the first request stands for all of them
    private Mono<String> shared(ClientRequest request, ExchangeFunction next) {
        Mono<String> current = keySet;
        if (current == null) {
            synchronized (this) {
                if (keySet == null) {
                    keySet = Mono.defer(() -> next.exchange(request))
                            .flatMap(response -> response.statusCode().is2xxSuccessful()
                                    ? response.bodyToMono(String.class)
                                    : response.createException().flatMap(Mono::error))
                            .switchIfEmpty(Mono.error(() -> new IllegalStateException("Empty key set from " + request.url())))
                            .doOnSuccess(body -> fetched.increment())
                            .doOnError(error -> {
                                failed.increment();
                                log.warn("Fetching the key set {} failed: {}", request.url(), error.getMessage());
                            })
                            .cache(body -> interval, error -> Duration.ZERO, () -> Duration.ZERO);
                }
                current = keySet;
            }
        }
        return current;
    }
}
