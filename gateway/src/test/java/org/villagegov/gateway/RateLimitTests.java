package org.villagegov.gateway;

import org.junit.jupiter.api.Test;
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
            if (result.getStatus().value() == 429) {
                limited++;
                org.assertj.core.api.Assertions.assertThat(result.getResponseHeaders().getFirst("Retry-After")).isEqualTo("1");
                org.assertj.core.api.Assertions.assertThat(result.getResponseHeaders().getContentType())
                        .hasToString("application/problem+json");
            }
        }
        org.assertj.core.api.Assertions.assertThat(limited).isGreaterThanOrEqualTo(5);
    }
}
