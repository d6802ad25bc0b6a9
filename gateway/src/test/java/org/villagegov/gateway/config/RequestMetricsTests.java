package org.villagegov.gateway.config;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestMetricsTests {

    @Test
    void whenMoreCountiesThanTheLimitCallThenTheLaterOnesAreTaggedOther() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        registry.config().meterFilter(new RequestMetrics().tenantTagLimit(2));
        for (String tenant : new String[] {"daye", "none", "linxian", "jiyuan", "daye"}) {
            registry.counter("http.server.requests", "tenant", tenant).increment();
        }

        assertThat(registry.find("http.server.requests").counters())
                .extracting(counter -> counter.getId().getTag("tenant") + "=" + (int) counter.count())
                .containsExactlyInAnyOrder("daye=2", "none=1", "linxian=1", "other=1");
    }
}
