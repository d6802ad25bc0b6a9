package org.villagegov.platform.tenancy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Client of the gateway's tenant registry. Keeps a snapshot for a short time; a lookup that
 * misses refreshes at once (at most every {@code minRefreshInterval}) so a newly onboarded
 * county is accepted without a restart. When the registry is unreachable the last snapshot
 * keeps serving: a registry outage must not log every county out.
 */
public class RemoteTenantRegistry implements TenantRegistry {

    private static final Logger log = LoggerFactory.getLogger(RemoteTenantRegistry.class);
    private static final ParameterizedTypeReference<List<Tenant>> TENANTS = new ParameterizedTypeReference<>() {
    };

    private final RestClient client;
    private final Duration timeToLive;
    private final Duration minRefreshInterval;
    private final Clock clock;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>(Snapshot.EMPTY);

    public RemoteTenantRegistry(RestClient client, Duration timeToLive, Duration minRefreshInterval, Clock clock) {
        this.client = client;
        this.timeToLive = timeToLive;
        this.minRefreshInterval = minRefreshInterval;
        this.clock = clock;
    }

    @Override
    public Optional<Tenant> byIssuer(String issuer) {
        return lookup(registry -> registry.byIssuer(issuer));
    }

    @Override
    public Optional<Tenant> byId(String tenantId) {
        return lookup(registry -> registry.byId(tenantId));
    }

    @Override
    public Collection<Tenant> all() {
        return fresh().registry.all();
    }

    @Override
    public void refresh() {
        load(true);
    }

    /** When the gateway last answered with the tenants; empty when it never did. */
    Optional<Instant> lastLoaded() {
        Instant loadedAt = snapshot.get().loadedAt;
        return loadedAt.equals(Instant.EPOCH) ? Optional.empty() : Optional.of(loadedAt);
    }

    private Optional<Tenant> lookup(java.util.function.Function<StaticTenantRegistry, Optional<Tenant>> query) {
        Optional<Tenant> found = query.apply(fresh().registry);
        if (found.isPresent()) {
            return found;
        }
        return query.apply(load(false).registry);
    }

    private Snapshot fresh() {
        Snapshot current = snapshot.get();
        if (current.loadedAt.plus(timeToLive).isAfter(clock.instant())) {
            return current;
        }
        return load(false);
    }

    private synchronized Snapshot load(boolean force) {
        Snapshot current = snapshot.get();
        Instant now = clock.instant();
        if (!force && current.attemptedAt.plus(minRefreshInterval).isAfter(now)) {
            return current;
        }
        try {
            List<Tenant> tenants = client.get().retrieve().body(TENANTS);
            Snapshot loaded = new Snapshot(new StaticTenantRegistry(tenants == null ? List.of() : tenants), now, now);
            snapshot.set(loaded);
            return loaded;
        } catch (RestClientException e) {
            log.warn("Tenant registry unreachable, keeping {} known tenants: {}", current.registry.all().size(), e.getMessage());
            Snapshot kept = new Snapshot(current.registry, current.loadedAt, now);
            snapshot.set(kept);
            return kept;
        }
    }

    private record Snapshot(StaticTenantRegistry registry, Instant loadedAt, Instant attemptedAt) {
        static final Snapshot EMPTY = new Snapshot(new StaticTenantRegistry(List.of()), Instant.EPOCH, Instant.EPOCH);
    }
}
