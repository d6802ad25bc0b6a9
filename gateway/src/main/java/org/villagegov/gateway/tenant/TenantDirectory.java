package org.villagegov.gateway.tenant;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;
import org.villagegov.gateway.config.GatewayProperties;
import reactor.core.publisher.Mono;

/**
 * The registered issuers, cached for token checks: the platform realm plus every county
 * that finished onboarding (active or suspended). Exact issuer matches only. A miss reloads
 * at once, so a county onboarded on another gateway instance is accepted without restart.
 */
@Component
public class TenantDirectory {

    private final TenantRepository tenants;
    private final GatewayProperties properties;
    private final Clock clock;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>(new Snapshot(Map.of(), Instant.EPOCH));

    TenantDirectory(TenantRepository tenants, GatewayProperties properties, Clock clock) {
        this.tenants = tenants;
        this.properties = properties;
        this.clock = clock;
    }

    public Mono<Optional<RegisteredIssuer>> byIssuer(String issuer) {
        Snapshot current = snapshot.get();
        RegisteredIssuer hit = current.byIssuer().get(issuer);
        boolean fresh = current.loadedAt().plus(properties.getRegistryCacheTtl()).isAfter(clock.instant());
        if (hit != null && fresh) {
            return Mono.just(Optional.of(hit));
        }
        return reload().map(loaded -> Optional.ofNullable(loaded.byIssuer().get(issuer)));
    }

    /** Every tenant the services should know, for the internal registry endpoint. */
    public Mono<List<RegisteredIssuer>> all() {
        return reload().map(loaded -> List.copyOf(loaded.byIssuer().values()));
    }

    public void invalidate() {
        snapshot.set(new Snapshot(Map.of(), Instant.EPOCH));
    }

    private Mono<Snapshot> reload() {
        return tenants.findAll()
                .filter(tenant -> tenant.status() != TenantRecord.Status.PROVISIONING)
                .collectList()
                .map(records -> {
                    Map<String, RegisteredIssuer> byIssuer = new HashMap<>();
                    String platform = properties.getPlatformRealm();
                    byIssuer.put(properties.issuerOf(platform), new RegisteredIssuer(platform, properties.issuerOf(platform), null, true));
                    records.forEach(tenant -> byIssuer.put(tenant.issuer(), new RegisteredIssuer(tenant.id(), tenant.issuer(),
                            tenant.province(), tenant.status() == TenantRecord.Status.ACTIVE)));
                    Snapshot loaded = new Snapshot(Map.copyOf(byIssuer), clock.instant());
                    snapshot.set(loaded);
                    return loaded;
                })
                // a registry outage must not log every county out: keep answering from what we knew
                .onErrorResume(e -> {
                    Snapshot known = snapshot.get();
                    if (known.byIssuer().isEmpty()) {
                        return Mono.error(e);
                    }
                    Snapshot kept = new Snapshot(known.byIssuer(), clock.instant());
                    snapshot.set(kept);
                    return Mono.just(kept);
                });
    }

    private record Snapshot(Map<String, RegisteredIssuer> byIssuer, Instant loadedAt) {
    }
}
