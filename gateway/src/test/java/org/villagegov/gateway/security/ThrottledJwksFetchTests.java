package org.villagegov.gateway.security;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThrottledJwksFetchTests {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void whenKeycloakFailsAndThenAnswersThenEachFetchIsCountedByOutcomeAndTheAnswerIsKeptForTheInterval() {
        AtomicInteger requests = new AtomicInteger();
        ThrottledJwksFetch fetch = new ThrottledJwksFetch(Duration.ofMinutes(1), registry);
        ClientRequest request = ClientRequest.create(HttpMethod.GET,
                URI.create("http://127.0.0.1:9/realms/daye/protocol/openid-connect/certs")).build();

        ExchangeFunction keycloak = sent -> Mono.fromSupplier(() -> requests.incrementAndGet() == 1
                ? ClientResponse.create(HttpStatus.SERVICE_UNAVAILABLE).build()
                : ClientResponse.create(HttpStatus.OK).body("{\"keys\":[]}").build());

        assertThatThrownBy(() -> fetch.filter(request, keycloak).block()).isInstanceOf(RuntimeException.class);
        for (int i = 0; i < 2; i++) {
            assertThat(fetch.filter(request, keycloak).block().statusCode().is2xxSuccessful()).isTrue();
        }

        assertThat(registry.get("keycloak.jwks.fetches").tag("outcome", "failure").counter().count()).isEqualTo(1);
        assertThat(registry.get("keycloak.jwks.fetches").tag("outcome", "success").counter().count()).isEqualTo(1);
        assertThat(requests).hasValue(2);
    }
}
