package org.villagegov.gateway.tenant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.villagegov.gateway.config.GatewayProperties;
import reactor.core.publisher.Mono;

/**
 * The registered issuers, cached for token checks: the platform realm plus every county
 * that finished onboarding (active or suspended). Exact issuer matches only. The issuer comes
 * from a token nobody has verified yet, so a miss must stay cheap: it reloads the registry only
 * when the snapshot is older than {@code gateway.registry-miss-reload-interval} (concurrent
 * reloads share one query), and an issuer a reload did not find is refused without looking
 * again for {@code gateway.unknown-issuer-ttl}. A county onboarded on another gateway instance is
 * accepted within that time, without restart; onboarding here ({@link #invalidate()}) at once.
 * The same snapshot answers which counties are active, for the console's county picker and the
 * API docs' per-county pages.
 */
@Component
public class TenantDirectory {

    static final int MAX_UNKNOWN = 10_000;
    /** A registry read that has not answered by then is given up, so it cannot hold every lookup waiting on it. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(TenantDirectory.class);

    private final TenantRepository tenants;
    private final GatewayProperties properties;
    private final Clock clock;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>(Snapshot.EMPTY);
    /** Issuers a reload did not find, until when they are refused without a look. */
    private final Map<String, Instant> unknown = new ConcurrentHashMap<>();
    private Mono<Snapshot> loading;
    /** Counts invalidations: what a query started before one found must not be kept after it. */
    private volatile long generation;

    TenantDirectory(TenantRepository tenants, GatewayProperties properties, Clock clock) {
        this.tenants = tenants;
        this.properties = properties;
        this.clock = clock;
    }

    public Mono<Optional<RegisteredIssuer>> byIssuer(String issuer) {
        long seen = generation;
        Snapshot current = snapshot.get();
        Instant now = clock.instant();
        RegisteredIssuer hit = current.byIssuer().get(issuer);
        if (hit != null) {
            if (current.loadedAt().plus(properties.registryCacheTtl()).isAfter(now)) {
                return Mono.just(Optional.of(hit));
            }
            return reload().map(loaded -> Optional.ofNullable(loaded.byIssuer().get(issuer)));
        }
        Instant refusedUntil = unknown.get(issuer);
        if (refusedUntil != null && refusedUntil.isAfter(now)) {
            return Mono.just(Optional.empty());
        }
        if (current.loadedAt().plus(properties.registryMissReloadInterval()).isAfter(now)) {
            // the registry was read moments ago; not remembered as unknown, since it was not looked up
            return Mono.just(Optional.empty());
        }
        return reload().map(loaded -> {
            RegisteredIssuer found = loaded.byIssuer().get(issuer);
            if (found == null) {
                rememberUnknown(issuer, now, seen);
            }
            return Optional.ofNullable(found);
        });
    }

    /** Every tenant the services should know, for the internal registry endpoint. */
    public Mono<List<RegisteredIssuer>> all() {
        return reload().map(loaded -> List.copyOf(loaded.byIssuer().values()));
    }

    /**
     * The active counties (not provisioning, not suspended) by id. Anyone may ask, so the answer
     * comes from the snapshot while it is fresh: asking often costs no more than one registry
     * read per {@code gateway.registry-cache-ttl}.
     */
    public Mono<List<County>> activeCounties() {
        Snapshot current = snapshot.get();
        if (current.loadedAt().plus(properties.registryCacheTtl()).isAfter(clock.instant())) {
            return Mono.just(current.activeCounties());
        }
        return reload().map(Snapshot::activeCounties);
    }

    /**
     * An active county's issuer by the county's id, from the snapshot while it is fresh (anyone may ask:
     * the API docs' pages are public). Empty for an unknown, provisioning or suspended county and for
     * the platform realm, which is no county.
     */
    public Mono<Optional<RegisteredIssuer>> activeCounty(String id) {
        Snapshot current = snapshot.get();
        Mono<Snapshot> fresh = current.loadedAt().plus(properties.registryCacheTtl()).isAfter(clock.instant())
                ? Mono.just(current) : reload();
        return fresh.map(loaded -> Optional.ofNullable(loaded.activeById().get(id)));
    }

    /** After onboarding, suspension or resumption: the next lookup reads the registry, even for issuers refused so far. */
    public synchronized void invalidate() {
        generation++;
        loading = null;
        snapshot.set(Snapshot.EMPTY);
        unknown.clear();
    }

    private synchronized void rememberUnknown(String issuer, Instant now, long seen) {
        if (generation != seen) {
            return;
        }
        // bounded: made-up issuers must not grow the map without limit (the reload interval still holds)
        if (unknown.size() >= MAX_UNKNOWN) {
            unknown.values().removeIf(until -> !until.isAfter(now));
        }
        if (unknown.size() < MAX_UNKNOWN) {
            unknown.put(issuer, now.plus(properties.unknownIssuerTtl()));
        }
    }

    /** One registry query at a time: lookups arriving while it runs wait for its answer. */
    private Mono<Snapshot> reload() {
        return Mono.defer(this::sharedLoad);
    }

    private synchronized Mono<Snapshot> sharedLoad() {
        if (loading != null) {
            return loading;
        }
        long started = generation;
        AtomicReference<Mono<Snapshot>> self = new AtomicReference<>();
        Mono<Snapshot> query = load(started)
                // let go before the answer goes out, not after: a caller that got it and at once asks
                // again (its snapshot just went stale) must start a new read, not be handed this one
                .doOnNext(loaded -> loadingDone(self.get()))
                .doFinally(signal -> loadingDone(self.get()))
                .cache();
        self.set(query);
        loading = query;
        return query;
    }

    private synchronized void loadingDone(Mono<Snapshot> query) {
        if (loading == query) {
            loading = null;
        }
    }

    private synchronized void keep(Snapshot loaded, long started) {
        if (generation == started) {
            snapshot.set(loaded);
        }
    }

    private Mono<Snapshot> load(long started) {
        return tenants.findAll()
                .filter(tenant -> tenant.status() != TenantRecord.Status.PROVISIONING)
                .collectList()
                .map(records -> {
                    Map<String, RegisteredIssuer> byIssuer = new HashMap<>();
                    String platform = properties.platformRealm();
                    byIssuer.put(properties.issuerOf(platform), new RegisteredIssuer(platform, properties.issuerOf(platform), null,
                            TenantRecord.MAIN_CLUSTER, true));
                    records.forEach(tenant -> byIssuer.put(tenant.issuer(), new RegisteredIssuer(tenant.id(), tenant.issuer(),
                            tenant.province(), tenant.cluster(), tenant.status() == TenantRecord.Status.ACTIVE)));
                    List<County> active = records.stream()
                            .filter(tenant -> tenant.status() == TenantRecord.Status.ACTIVE)
                            .map(tenant -> new County(tenant.id(), tenant.name()))
                            .sorted(Comparator.comparing(County::id))
                            .toList();
                    Map<String, RegisteredIssuer> activeById = new HashMap<>();
                    byIssuer.values().stream()
                            .filter(issuer -> issuer.active() && !platform.equals(issuer.tenant()))
                            .forEach(issuer -> activeById.put(issuer.tenant(), issuer));
                    Snapshot loaded = new Snapshot(Map.copyOf(byIssuer), active, Map.copyOf(activeById), clock.instant());
                    keep(loaded, started);
                    return loaded;
                })
                .timeout(READ_TIMEOUT)
                // a registry outage must not log every county out: keep answering from what we knew
                .onErrorResume(e -> {
                    log.warn("Reading the tenant registry failed, answering from the last snapshot: {}", e.toString());
                    Snapshot known = snapshot.get();
                    if (known.byIssuer().isEmpty()) {
                        return Mono.error(e);
                    }
                    Snapshot kept = new Snapshot(known.byIssuer(), known.activeCounties(), known.activeById(), clock.instant());
                    snapshot.set(kept);
                    return Mono.just(kept);
                });
    }

    private record Snapshot(Map<String, RegisteredIssuer> byIssuer, List<County> activeCounties,
                            Map<String, RegisteredIssuer> activeById, Instant loadedAt) {

        static final Snapshot EMPTY = new Snapshot(Map.of(), List.of(), Map.of(), Instant.EPOCH);
    }
}
