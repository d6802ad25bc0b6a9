package org.villagegov.platform.security;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.villagegov.platform.tenancy.Tenant;
import org.villagegov.platform.tenancy.TenantRegistry;

/**
 * Picks the token validator for an issuer. Only issuers registered for a tenant are known,
 * matched exactly: the issuer comes from a token nobody has verified yet, so it must never
 * steer a network request anywhere else (docs/design.md "Known traps"). Keys are fetched from
 * the realm's JWKS endpoint and kept, so tokens already issued keep working while the
 * identity provider is down; an unknown key id triggers a refetch (key rotation), at most
 * once per {@link ThrottledJwksCache#DEFAULT_INTERVAL}. A token must also have been issued to one
 * of the {@link AuthorizedClients}.
 */
public class TenantIssuerResolver implements AuthenticationManagerResolver<String> {

    static final String JWKS_PATH = "/protocol/openid-connect/certs";

    private final TenantRegistry registry;
    private final AuthorizedClients clients;
    private final Map<String, AuthenticationManager> managers = new ConcurrentHashMap<>();

    public TenantIssuerResolver(TenantRegistry registry, AuthorizedClients clients) {
        this.registry = registry;
        this.clients = clients;
    }

    @Override
    public AuthenticationManager resolve(String issuer) {
        return registry.byIssuer(issuer)
                .map(tenant -> managers.computeIfAbsent(tenant.issuer(), key -> managerFor(tenant)))
                .orElse(null);
    }

    private AuthenticationManager managerFor(Tenant tenant) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(tenant.issuer() + JWKS_PATH)
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .cache(new ThrottledJwksCache("jwks-" + tenant.id(), ThrottledJwksCache.DEFAULT_INTERVAL, Clock.systemUTC()))
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(tenant.issuer()), clients));
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(new RealmRolesConverter(tenant.id()));
        return provider::authenticate;
    }
}
