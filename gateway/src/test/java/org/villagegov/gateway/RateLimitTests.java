package org.villagegov.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.villagegov.platform.test.TestTokens;

@TestPropertySource(properties = {"gateway.rate-limit.replenish-rate=1", "gateway.rate-limit.burst-capacity=3"})
class RateLimitTests extends GatewayTestBase {

    @Test
    void whenAClientExceedsItsCountysLimitThenTooManyRequestsWithRetryAfterAndOthersAreUnaffected() {
        String client = TestTokens.forTenant("daye").roles("integrator").clientId("busy-" + System.nanoTime()).bearer();
        int limited = 0;
        for (int i = 0; i < 10; i++) {
            var result = web.get().uri("/api/v1/grid/flood").header("Authorization", client).exchange().returnResult(String.class);
            assertLimitHeaders(result.getResponseHeaders(), i);
            if (result.getStatus().value() == 429) {
                limited++;
                org.assertj.core.api.Assertions.assertThat(result.getResponseHeaders().getFirst("Retry-After")).isEqualTo("1");
            }
        }
        org.assertj.core.api.Assertions.assertThat(limited).isGreaterThanOrEqualTo(5);

        String other = TestTokens.forTenant("linxian").roles("integrator").clientId("quiet-" + System.nanoTime()).bearer();
        web.get().uri("/api/v1/grid/calm").header("Authorization", other).exchange().expectStatus().isOk();
    }

    @Test
    void whenAClientFloodsTheGatewaysOwnOverviewRouteThenItIsLimitedLikeTheRoutedOnes() {
        String client = TestTokens.forTenant("daye").roles("integrator").clientId("busy-overview-" + System.nanoTime())
                .bearer();
        int limited = 0;
        for (int i = 0; i < 10; i++) {
            var result = web.get().uri("/api/v1/analytics/indicators").header("Authorization", client).exchange()
                    .returnResult(String.class);
            assertLimitHeaders(result.getResponseHeaders(), i);
            if (result.getStatus().value() == 429) {
                limited++;
                org.assertj.core.api.Assertions.assertThat(result.getResponseHeaders().getFirst("Retry-After")).isEqualTo("1");
                org.assertj.core.api.Assertions.assertThat(result.getResponseHeaders().getContentType())
                        .hasToString("application/problem+json");
            }
        }
        org.assertj.core.api.Assertions.assertThat(limited).isGreaterThanOrEqualTo(5);
    }

    /** Every answer, allowed or refused, says the bucket's size (the burst, 3 here) and what is left of it. */
    private static void assertLimitHeaders(HttpHeaders headers, int request) {
        org.assertj.core.api.Assertions.assertThat(headers.getFirst("X-RateLimit-Limit")).as("request %d", request).isEqualTo("3");
        org.assertj.core.api.Assertions.assertThat(headers.getFirst("X-RateLimit-Burst-Capacity")).isEqualTo("3");
        org.assertj.core.api.Assertions.assertThat(headers.getFirst("X-RateLimit-Remaining")).isNotNull();
        if (request == 0) {
            // the first request of a fresh bucket takes one token of three
            org.assertj.core.api.Assertions.assertThat(headers.getFirst("X-RateLimit-Remaining")).isEqualTo("2");
        }
    }
}
