package org.villagegov.platform.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BearerTokensTests {

    final BearerTokens tokens = new BearerTokens();

    @ParameterizedTest
    @ValueSource(strings = {"Bearer abc.DEF-1_2~3+4/5==", "bearer abc.DEF-1_2~3+4/5==", "BEARER abc.DEF-1_2~3+4/5=="})
    void whenTheHeaderCarriesAB64TokenThenItIsTheToken(String header) {
        assertThat(tokens.resolve(request(header))).isEqualTo("abc.DEF-1_2~3+4/5==");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer a b", "Bearer ", "Bearer ==", "Bearer a=b", "Bearer 令牌", "Bearer a\tb"})
    void whenTheTokenIsNoB64TokenThenItIsMalformed(String header) {
        assertThatThrownBy(() -> tokens.resolve(request(header)))
                .isInstanceOf(InvalidBearerTokenException.class)
                .hasMessage("Bearer token is malformed");
    }

    @Test
    void whenThereIsNoBearerHeaderThenThereIsNoToken() {
        assertThat(tokens.resolve(new MockHttpServletRequest())).isNull();
        assertThat(tokens.resolve(request("Basic dXNlcjpwYXNz"))).isNull();
    }

    @Test
    void whenTheTokenIsInTheQueryThenItIsNotTaken() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setParameter("access_token", "abc");
        assertThat(tokens.resolve(request)).isNull();
    }

    private static MockHttpServletRequest request(String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Authorization", authorization);
        return request;
    }
}
