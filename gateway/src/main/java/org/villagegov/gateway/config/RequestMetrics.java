package org.villagegov.gateway.config;

import java.util.HashSet;
import java.util.Set;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.reactive.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.http.server.reactive.observation.ServerRequestObservationConvention;

/**
 * The gateway's {@code http.server.requests} tagged {@code tenant} with the county of the request's
 * token, as the services tag theirs, and bounded as theirs are (the platform's {@code TenantTagLimit},
 * which the gateway cannot use: it is a servlet library): the first
 * {@code platform.metrics.max-tagged-tenants} counties keep their own value, later ones count as
 * {@code other}, so thousands of counties never become thousands of series per route.
 */
@Configuration(proxyBeanMethods = false)
public class RequestMetrics {

    /** Set on the exchange once the token's issuer is known as a county's. */
    public static final String TENANT_ATTRIBUTE = RequestMetrics.class.getName() + ".tenant";

    @Bean
    ServerRequestObservationConvention tenantTaggedServerObservations() {
        return new DefaultServerRequestObservationConvention() {
            @Override
            public KeyValues getLowCardinalityKeyValues(ServerRequestObservationContext context) {
                Object tenant = context.getAttributes().get(TENANT_ATTRIBUTE);
                return super.getLowCardinalityKeyValues(context).and(KeyValue.of("tenant", tenant == null ? "none" : tenant.toString()));
            }
        };
    }

    @Bean
    MeterFilter tenantTagLimit(@Value("${platform.metrics.max-tagged-tenants:100}") int max) {
        Set<String> kept = new HashSet<>();
        return MeterFilter.replaceTagValues("tenant", tenant -> {
            synchronized (kept) {
                return kept.contains(tenant) || (kept.size() < max && kept.add(tenant)) ? tenant : "other";
            }
        }, "none", "other");
    }
}
