package org.villagegov.gateway.analytics;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.villagegov.gateway.tenant.County;
import org.villagegov.gateway.tenant.TenantDirectory;
import reactor.core.publisher.Mono;

/**
 * The overview for whoever asks: the services decide what the caller may see (their scope rules
 * are the platform's {@code IndicatorAccess}); the gateway joins the four answers and names the
 * counties from its registry, the one place that knows their names.
 */
@Component
class ProvinceOverview {

    private final ServiceIndicators services;
    private final TenantDirectory directory;

    ProvinceOverview(ServiceIndicators services, TenantDirectory directory) {
        this.services = services;
        this.directory = directory;
    }

    Mono<Overview> overview(Map<String, String> query, String authorization) {
        return services.tables(query, authorization)
                .flatMap(tables -> countyNames().map(names -> IndicatorMerge.merge(tables, names)));
    }

    private Mono<Map<String, String>> countyNames() {
        return directory.activeCounties()
                .map(counties -> counties.stream().filter(county -> county.name() != null && !county.name().isBlank())
                        .collect(Collectors.toUnmodifiableMap(County::id, County::name, (a, b) -> a)))
                // a name is a nicety: a registry outage leaves the ids, it does not fail the overview
                .onErrorReturn(Map.of());
    }
}
