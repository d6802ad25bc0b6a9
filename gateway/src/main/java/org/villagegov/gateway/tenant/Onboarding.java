package org.villagegov.gateway.tenant;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.villagegov.gateway.config.GatewayProperties;
import org.villagegov.gateway.problem.ConflictException;
import org.villagegov.gateway.problem.NotFoundException;
import org.villagegov.gateway.problem.OnboardingIncompleteException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Onboards a county: place its databases on a cluster ({@link ClusterPlacement}), register it
 * (PROVISIONING), create its realm from the template, make it
 * active, announce {@code tenant.provisioned} so every service creates its indexes and
 * defaults. Each step is idempotent; a failure leaves the county PROVISIONING (or active but
 * unannounced) with the error recorded, and {@link #provision} finishes the job.
 */
@Service
class Onboarding {

    private static final Logger log = LoggerFactory.getLogger(Onboarding.class);

    private final TenantRepository tenants;
    private final ClusterPlacement placement;
    private final RealmProvisioner realms;
    private final TenantAnnouncer announcer;
    private final TenantDirectory directory;
    private final GatewayProperties properties;
    private final Clock clock;

    Onboarding(TenantRepository tenants, ClusterPlacement placement, RealmProvisioner realms, TenantAnnouncer announcer,
               TenantDirectory directory, GatewayProperties properties, Clock clock) {
        this.tenants = tenants;
        this.placement = placement;
        this.realms = realms;
        this.announcer = announcer;
        this.directory = directory;
        this.properties = properties;
        this.clock = clock;
    }

    /** {@code cluster} may be null: the placement rule chooses. */
    Mono<TenantRecord> create(String id, String name, String province, String cluster) {
        if (id.equals(properties.platformRealm()) || "master".equals(id)) {
            return Mono.error(new ConflictException("'" + id + "' is reserved"));
        }
        return placement.place(cluster)
                .map(placed -> TenantRecord.provisioning(id, name, province, properties.issuerOf(id), placed, clock.instant()))
                .flatMap(tenants::insert)
                .onErrorMap(DuplicateKeyException.class, e -> new ConflictException("County '" + id + "' already exists"))
                .flatMap(this::finish);
    }

    Mono<TenantRecord> provision(String id) {
        return find(id).flatMap(this::finish);
    }

    Mono<TenantRecord> suspend(String id) {
        return find(id).flatMap(tenant -> {
            tenant.suspend(clock.instant());
            return save(tenant).flatMap(saved -> blocking(() -> announcer.suspended(saved)).thenReturn(saved)
                    .onErrorResume(e -> logged(saved, "tenant.suspended", e)));
        });
    }

    Mono<TenantRecord> resume(String id) {
        return find(id).flatMap(tenant -> {
            tenant.resume(clock.instant());
            return save(tenant).flatMap(saved -> blocking(() -> announcer.resumed(saved)).thenReturn(saved)
                    .onErrorResume(e -> logged(saved, "tenant.resumed", e)));
        });
    }

    /** The last step of moving a suspended county's databases: the registry names the cluster they were copied to. */
    Mono<TenantRecord> moveToCluster(String id, String cluster) {
        return placement.place(cluster).flatMap(placed -> find(id).flatMap(tenant -> {
            tenant.moveTo(placed, clock.instant());
            return save(tenant);
        })).doOnNext(moved -> log.info("County {} now on database cluster {}", moved.id(), moved.cluster()));
    }

    /** A new integrator client in an active county; 409 if the client id is taken. */
    Mono<String> registerIntegrator(String id, String clientId, String name) {
        return find(id).flatMap(tenant -> {
            if (tenant.status() != TenantRecord.Status.ACTIVE) {
                return Mono.error(new ConflictException("County '" + id + "' is not active"));
            }
            return Mono.fromCallable(() -> java.util.Optional.ofNullable(realms.createIntegrator(id, clientId, name)))
                    .subscribeOn(Schedulers.boundedElastic())
                    .onErrorMap(e -> new OnboardingIncompleteException(id, "identity provider unreachable"))
                    .flatMap(secret -> secret.map(Mono::just).orElseGet(() -> Mono.error(
                            new ConflictException("Client '" + clientId + "' already exists in '" + id + "'"))));
        });
    }

    /** One page of the registry, ordered by county id. */
    Flux<TenantRecord> list(int page, int size) {
        return tenants.findAllBy(PageRequest.of(page, size, Sort.by("id")));
    }

        Mono<TenantRecord> find(String id) {
        return tenants.findById(id).switchIfEmpty(Mono.error(new NotFoundException("County '" + id + "' is not registered")));
    }

    private Mono<TenantRecord> finish(TenantRecord tenant) {
        return blocking(() -> realms.ensureRealm(tenant.id(), tenant.name()))
                .onErrorMap(e -> !(e instanceof ConflictException), e -> new StepFailed("identity provider unreachable", e))
                .then(Mono.defer(() -> {
                    tenant.activate(clock.instant());
                    return save(tenant);
                }))
                .flatMap(active -> blocking(() -> announcer.provisioned(active))
                        .onErrorMap(e -> new StepFailed("message broker unreachable", e))
                        .thenReturn(active))
                .onErrorResume(StepFailed.class, failure -> {
                    log.warn("Onboarding of {} stopped: {}", tenant.id(), failure.getMessage(), failure.getCause());
                    return tenants.findById(tenant.id())
                            .flatMap(current -> {
                                current.provisioningFailed(failure.getMessage(), clock.instant());
                                return save(current);
                            })
                            .then(Mono.error(new OnboardingIncompleteException(tenant.id(), failure.getMessage())));
                });
    }

    private Mono<TenantRecord> save(TenantRecord tenant) {
        return tenants.save(tenant).doOnSuccess(saved -> directory.invalidate());
    }

    private Mono<TenantRecord> logged(TenantRecord tenant, String type, Throwable e) {
        log.warn("Could not announce {} for {}; services learn it from the registry within its cache time", type,
                tenant.id(), e);
        return Mono.just(tenant);
    }

    private static Mono<Void> blocking(Runnable work) {
        return Mono.fromRunnable(work).subscribeOn(Schedulers.boundedElastic()).then();
    }

    /** One onboarding step failed for a reason outside the gateway. */
    private static final class StepFailed extends RuntimeException {
        StepFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
