package org.villagegov.platform.tenancy;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the tenant list comes from: {@code registry-uri} (the gateway's registry, the normal
 * case) or a static {@code tenants} list (tests, a single-county installation).
 */
@ConfigurationProperties("platform.tenancy")
public class TenancyProperties {

    /** The gateway's internal registry endpoint; when unset the static list is used. */
    private URI registryUri;

    /** Shared secret the registry endpoint expects in the X-Registry-Key header. */
    private String registryKey;

    private Duration cacheTtl = Duration.ofSeconds(30);

    private Duration minRefreshInterval = Duration.ofSeconds(2);

    private List<Tenant> tenants = new ArrayList<>();

    public URI getRegistryUri() {
        return registryUri;
    }

    public void setRegistryUri(URI registryUri) {
        this.registryUri = registryUri;
    }

    public String getRegistryKey() {
        return registryKey;
    }

    public void setRegistryKey(String registryKey) {
        this.registryKey = registryKey;
    }

    public Duration getCacheTtl() {
        return cacheTtl;
    }

    public void setCacheTtl(Duration cacheTtl) {
        this.cacheTtl = cacheTtl;
    }

    public Duration getMinRefreshInterval() {
        return minRefreshInterval;
    }

    public void setMinRefreshInterval(Duration minRefreshInterval) {
        this.minRefreshInterval = minRefreshInterval;
    }

    public List<Tenant> getTenants() {
        return tenants;
    }

    public void setTenants(List<Tenant> tenants) {
        this.tenants = tenants;
    }
}
