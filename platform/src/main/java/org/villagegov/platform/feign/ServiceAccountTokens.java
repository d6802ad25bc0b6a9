package org.villagegov.platform.feign;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.villagegov.platform.tenancy.Tenant;
import org.villagegov.platform.tenancy.TenantRegistry;

/**
 * Access tokens of this service's own account in a tenant's realm (client-credentials
 * grant), for background work such as event consumers calling another service. Cached
 * until shortly before they expire.
 */
public class ServiceAccountTokens {

    static final String TOKEN_PATH = "/protocol/openid-connect/token";

    private final TenantRegistry registry;
    private final RestClient http;
    private final String clientId;
    private final String clientSecret;
    private final Clock clock;
    private final Map<String, CachedToken> cache = new ConcurrentHashMap<>();

    public ServiceAccountTokens(TenantRegistry registry, RestClient http, String clientId, String clientSecret,
                                Clock clock) {
        this.registry = registry;
        this.http = http;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.clock = clock;
    }

    public String tokenFor(String tenantId) {
        CachedToken cached = cache.get(tenantId);
        if (cached != null && cached.validUntil().isAfter(clock.instant())) {
            return cached.value();
        }
        Tenant tenant = registry.byId(tenantId).orElseThrow(() -> new RemoteServiceException("identity provider",
                RemoteServiceException.Kind.FORBIDDEN, "Unknown tenant " + tenantId, null));
        CachedToken fresh = fetch(tenant);
        cache.put(tenantId, fresh);
        return fresh.value();
    }

    private CachedToken fetch(Tenant tenant) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", clientId);
        form.add("client_secret", clientSecret);
        try {
            TokenResponse response = http.post().uri(tenant.issuer() + TOKEN_PATH)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form)
                    .retrieve()
                    .body(TokenResponse.class);
            if (response == null || response.access_token() == null) {
                throw new RemoteServiceException("identity provider", RemoteServiceException.Kind.UNAVAILABLE,
                        "No token in the identity provider's answer", null);
            }
            long lifetime = Math.max(0, response.expires_in() - 30);
            return new CachedToken(response.access_token(), clock.instant().plusSeconds(lifetime));
        } catch (RestClientException e) {
            throw new RemoteServiceException("identity provider", RemoteServiceException.Kind.UNAVAILABLE,
                    "Could not get a service token for " + tenant.id(), e);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TokenResponse(String access_token, long expires_in) {
    }

    private record CachedToken(String value, Instant validUntil) {
    }
}
