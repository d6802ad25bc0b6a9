package org.villagegov.platform.config;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.villagegov.platform.data.DatabaseClusters;
import org.villagegov.platform.data.MongoPing;
import org.villagegov.platform.tenancy.TenancyProperties;
import org.villagegov.platform.tenancy.TenantRegistry;
import org.villagegov.platform.tenancy.TenantRegistryHealth;

/**
 * Health that tells the truth: every database cluster pinged through its client (in place of Spring Boot's
 * indicator, named the same, {@code mongo}) and the tenant registry ({@code tenantRegistry}). The
 * readiness group that uses them is set in {@link PlatformDefaults}.
 */
@AutoConfiguration(after = {MongoAutoConfiguration.class, PlatformMongoAutoConfiguration.class, PlatformWebAutoConfiguration.class},
        before = MongoHealthContributorAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
public class PlatformHealthAutoConfiguration {

    @Bean
    @ConditionalOnBean(DatabaseClusters.class)
    @ConditionalOnEnabledHealthIndicator("mongodb")
    HealthIndicator mongoHealthIndicator(DatabaseClusters clusters) {
        return new MongoPing(clusters);
    }

    @Bean
    @ConditionalOnBean(TenantRegistry.class)
    HealthIndicator tenantRegistryHealthIndicator(TenantRegistry registry, TenancyProperties properties, Clock clock) {
        return new TenantRegistryHealth(registry, properties.maxAge(), clock);
    }
}
