package org.villagegov.gateway.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.ReactiveAuthenticationManagerResolver;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.villagegov.gateway.config.ClientProperties;
import org.villagegov.gateway.config.GatewayProperties;
import org.villagegov.gateway.tenant.RegisteredIssuer;
import org.villagegov.gateway.tenant.TenantDirectory;
import reactor.core.publisher.Mono;

/**
 * Chooses the token validator by issuer: only exact issuers of registered tenants (and the
 * platform realm) are known; anything else is not even contacted (the issuer comes from a
 * token nobody has verified yet). One validator per issuer, RS256 only, keys from the
 * realm's JWKS endpoint (refetched for an unknown key id at most once per
 * {@code gateway.jwks-refetch-interval}), tokens of the {@link AuthorizedClients} only.
 */
@Component
class IssuerAuthentication implements ReactiveAuthenticationManagerResolver<String> {

    private final TenantDirectory directory;
    private final GatewayProperties properties;
    private final AuthorizedClients clients;
    private final MeterRegistry registry;
    private final Map<String, ReactiveAuthenticationManager> managers = new ConcurrentHashMap<>();

    IssuerAuthentication(TenantDirectory directory, GatewayProperties properties, ClientProperties clients,
                         MeterRegistry registry) {
        this.directory = directory;
        this.properties = properties;
        this.clients = new AuthorizedClients(clients.clients(), clients.integratorRole());
        this.registry = registry;
    }

    @Override
    public Mono<ReactiveAuthenticationManager> resolve(String issuer) {
        return directory.byIssuer(issuer)
                .flatMap(found -> found.map(registered -> Mono.just(managers.computeIfAbsent(registered.issuer(),
                        key -> managerFor(registered)))).orElseGet(Mono::empty));
    }

    private ReactiveAuthenticationManager managerFor(RegisteredIssuer registered) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder
                .withJwkSetUri(registered.issuer() + "/protocol/openid-connect/certs")
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .webClient(WebClient.builder().filter(new ThrottledJwksFetch(properties.jwksRefetchInterval(), registry)).build())
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(registered.issuer()), clients));
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new RealmRoles());
        JwtReactiveAuthenticationManager manager = new JwtReactiveAuthenticationManager(decoder);
        manager.setJwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(converter));
        return manager;
    }
}
