package org.villagegov.platform.tenancy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether this service knows the counties it serves: UP when the gateway's registry was read
 * within {@code maxAge} (a probe asks it again once the cached copy has expired), or when the
 * counties are configured. The details name no county and no person: only how many counties
 * are active and when the list was read.
 */
public class TenantRegistryHealth implements HealthIndicator {

    private final TenantRegistry registry;
    private final Duration maxAge;
    private final Clock clock;

    public TenantRegistryHealth(TenantRegistry registry, Duration maxAge, Clock clock) {
        this.registry = registry;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    @Override
    public Health health() {
        // a remote registry reloads here when its copy has expired (at most every min-refresh-interval)
        int counties = registry.activeCounties().size();
        if (!(registry instanceof RemoteTenantRegistry remote)) {
            return Health.up().withDetail("source", "configured").withDetail("activeCounties", counties).build();
        }
        Optional<Instant> loaded = remote.lastLoaded();
        if (loaded.isEmpty()) {
            return Health.down().withDetail("source", "gateway").withDetail("reason", "never loaded").build();
        }
        Duration age = Duration.between(loaded.get(), clock.instant());
        Health.Builder health = age.compareTo(maxAge) <= 0 ? Health.up() : Health.down()
                .withDetail("reason", "not refreshed within " + maxAge);
        return health.withDetail("source", "gateway")
                .withDetail("activeCounties", counties)
                .withDetail("loadedAt", loaded.get().toString())
                .build();
    }
}
