package org.villagegov.platform.tenancy;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the tenant list comes from: {@code registry-uri} (the gateway's registry, the normal
 * case) or a static {@code tenants} list (tests, a single-county installation).
 *
 * @param registryUri        the gateway's internal registry endpoint; when unset the static list is used
 * @param registryKey        shared secret the registry endpoint expects in the X-Registry-Key header
 * @param cacheTtl           how long the registry's answer is kept
 * @param minRefreshInterval the least time between two reloads (an unknown issuer asks again at most this often)
 * @param maxAge             how old the last answer of the registry may be before the service stops being ready
 * @param tenants            the static tenants
 */
@ConfigurationProperties("platform.tenancy")
public record TenancyProperties(URI registryUri, String registryKey, @DefaultValue("30s") Duration cacheTtl,
                                @DefaultValue("2s") Duration minRefreshInterval, @DefaultValue("2m") Duration maxAge,
                                @DefaultValue List<Tenant> tenants) {

    public TenancyProperties {
        tenants = List.copyOf(tenants);
    }
}
