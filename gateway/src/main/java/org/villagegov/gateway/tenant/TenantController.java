package org.villagegov.gateway.tenant;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The platform operator's registry of counties. Access: platform realm, role platform-operator. */
@RestController
@RequestMapping("/api/v1/tenants")
class TenantController {

    private final Onboarding onboarding;

    TenantController(Onboarding onboarding) {
        this.onboarding = onboarding;
    }

    /** {@code cluster}: one of {@code gateway.database-clusters}; when absent, the one holding the fewest counties. */
    record CreateTenant(@NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "must be a lowercase slug") String id,
                        @NotBlank @Size(max = 100) String name,
                        @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "must be a lowercase slug") String province,
                        @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "must be a lowercase slug") String cluster) {
    }

    record TenantView(String id, String name, String province, String issuer, String cluster, String status,
                      String lastError, Instant createdAt, Instant updatedAt) {
        static TenantView of(TenantRecord tenant) {
            return new TenantView(tenant.id(), tenant.name(), tenant.province(), tenant.issuer(), tenant.cluster(),
                    tenant.status().name(), tenant.lastError(), tenant.createdAt(), tenant.updatedAt());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<TenantView> create(@Valid @RequestBody CreateTenant request) {
        return onboarding.create(request.id(), request.name(), request.province(), request.cluster()).map(TenantView::of);
    }

    record CreateIntegrator(@NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{2,39}", message = "must be a lowercase slug") String clientId,
                            @NotBlank @Size(max = 100) String name) {
    }

    /** The secret is shown once, here; Keycloak keeps it, the registry does not. */
    record IntegratorCredentials(String tenant, String clientId, String secret, String tokenEndpoint) {
    }

    @PostMapping("/{id}/integrators")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<IntegratorCredentials> registerIntegrator(@PathVariable String id, @Valid @RequestBody CreateIntegrator request) {
        return onboarding.registerIntegrator(id, request.clientId(), request.name())
                .flatMap(secret -> onboarding.find(id).map(tenant -> new IntegratorCredentials(id, request.clientId(), secret,
                        tenant.issuer() + "/protocol/openid-connect/token")));
    }

    @PostMapping("/{id}/provision")
    Mono<TenantView> provision(@PathVariable String id) {
        return onboarding.provision(id).map(TenantView::of);
    }

    record MoveTenant(@NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "must be a lowercase slug") String cluster) {
    }

    /** After its databases were copied to the cluster named: 409 unless the county is suspended (docs/operations.md). */
    @PostMapping("/{id}/cluster")
    Mono<TenantView> moveToCluster(@PathVariable String id, @Valid @RequestBody MoveTenant request) {
        return onboarding.moveToCluster(id, request.cluster()).map(TenantView::of);
    }

    @PostMapping("/{id}/suspend")
    Mono<TenantView> suspend(@PathVariable String id) {
        return onboarding.suspend(id).map(TenantView::of);
    }

    @PostMapping("/{id}/resume")
    Mono<TenantView> resume(@PathVariable String id) {
        return onboarding.resume(id).map(TenantView::of);
    }

    @GetMapping("/{id}")
    Mono<TenantView> get(@PathVariable String id) {
        return onboarding.find(id).map(TenantView::of);
    }

    @GetMapping
    Flux<TenantView> list(@RequestParam(defaultValue = "0") @Min(0) int page,
                          @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return onboarding.list(page, size).map(TenantView::of);
    }
}
