package org.villagegov.platform.tenancy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A fixed list of tenants from configuration: for tests and single-county installations. */
public class StaticTenantRegistry implements TenantRegistry {

    private final Map<String, Tenant> byId;
    private final Map<String, Tenant> byIssuer;

    public StaticTenantRegistry(List<Tenant> tenants) {
        this.byId = tenants.stream().collect(Collectors.toUnmodifiableMap(Tenant::id, Function.identity()));
        this.byIssuer = tenants.stream().collect(Collectors.toUnmodifiableMap(Tenant::issuer, Function.identity()));
    }

    @Override
    public Optional<Tenant> byIssuer(String issuer) {
        return Optional.ofNullable(byIssuer.get(issuer));
    }

    @Override
    public Optional<Tenant> byId(String tenantId) {
        return Optional.ofNullable(byId.get(tenantId));
    }

    @Override
    public Collection<Tenant> all() {
        return byId.values();
    }
}
