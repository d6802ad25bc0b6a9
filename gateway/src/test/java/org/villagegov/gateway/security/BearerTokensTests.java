package org.villagegov.gateway.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class BearerTokensTests {

    final BearerTokens tokens = new BearerTokens();

    @ParameterizedTest
    @ValueSource(strings = {"Bearer abc.DEF-1_2~3+4/5==", "bearer abc.DEF-1_2~3+4/5=="})
    void whenTheHeaderCarriesAB64TokenThenItIsTheToken(String header) {
        var authentication = tokens.convert(exchange(header)).block();
        assertThat(((BearerTokenAuthenticationToken) authentication).getToken()).isEqualTo("abc.DEF-1_2~3+4/5==");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer a b", "Bearer ", "Bearer ==", "Bearer a=b", "Bearer 令牌"})
    void whenTheTokenIsNoB64TokenThenItIsMalformed(String header) {
        StepVerifier.create(tokens.convert(exchange(header)))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(OAuth2AuthenticationException.class)
                        .hasMessageContaining("malformed"))
                .verify();
    }

    @Test
    void whenThereIsNoBearerHeaderOrOnlyAQueryParameterThenThereIsNoToken() {
        StepVerifier.create(tokens.convert(MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/grid/x?access_token=abc"))))
                .verifyComplete();
        StepVerifier.create(tokens.convert(exchange("Basic dXNlcjpwYXNz"))).verifyComplete();
    }

    private static MockServerWebExchange exchange(String authorization) {
        return MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/grid/households").header("Authorization", authorization));
    }
}
