package org.villagegov.platform.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TenantTagLimitTests {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void whenMoreCountiesThanTheLimitAreTaggedThenTheLaterOnesCountAsOtherAndTotalsStay() {
        registry.config().meterFilter(TenantTagLimit.of(2));
        for (String tenant : new String[] {"daye", "linxian", "jiyuan", "daye", "none", "yanshi"}) {
            registry.counter("http.county.test", "tenant", tenant, "uri", "/notes").increment();
        }

        assertThat(registry.find("http.county.test").meters()).extracting(meter -> meter.getId().getTag("tenant"))
                .containsExactlyInAnyOrder("daye", "linxian", "other", "none");
        assertThat(countOf("daye")).isEqualTo(2);
        assertThat(countOf("other")).isEqualTo(2);
        assertThat(registry.find("http.county.test").counters().stream().mapToDouble(counter -> counter.count()).sum())
                .isEqualTo(6);
    }

    @Test
    void whenACountyWasKeptThenItKeepsItsOwnValueOnEveryMeter() {
        registry.config().meterFilter(TenantTagLimit.of(1));
        registry.counter("first", "tenant", "daye").increment();
        registry.counter("second", "tenant", "linxian").increment();
        registry.counter("second", "tenant", "daye").increment();

        assertThat(registry.find("second").meters()).map(Meter::getId).map(id -> id.getTag("tenant"))
                .containsExactlyInAnyOrder("other", "daye");
    }

    private double countOf(String tenant) {
        return registry.get("http.county.test").tag("tenant", tenant).counter().count();
    }
}
