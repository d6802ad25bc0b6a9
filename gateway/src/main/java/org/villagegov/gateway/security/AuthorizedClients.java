package org.villagegov.gateway.security;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Which clients' tokens count at the edge, by the token's authorized party ({@code azp}): the
 * console, the services' accounts and whatever else is configured, or an integrator. A realm
 * also issues tokens to Keycloak's own clients ({@code admin-cli}, {@code account}, ...); a county
 * user logging in through one of those has their roles but none of the console's claims, so such
 * a token is refused here, before it costs a service anything. Integrators get arbitrary client
 * ids from the onboarding API and are recognised by their service account's realm role; Keycloak's
 * own clients never count, whatever the user's roles. The services apply the same rule.
 */
final class AuthorizedClients implements OAuth2TokenValidator<Jwt> {

    /** The clients Keycloak creates in every realm. */
    static final Set<String> KEYCLOAK_CLIENTS = Set.of("account", "account-console", "admin-cli", "broker",
            "realm-management", "security-admin-console");

    private static final OAuth2Error FOREIGN_CLIENT = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
            "The token was not issued to a client of this platform", null);

    private final Set<String> allowed;
    private final String integratorRole;

    AuthorizedClients(Collection<String> allowed, String integratorRole) {
        this.allowed = allowed.stream().filter(client -> client != null && !client.isBlank()).map(String::trim)
                .collect(Collectors.toUnmodifiableSet());
        this.integratorRole = integratorRole;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        String client = jwt.getClaimAsString("azp");
        if (client != null && (allowed.contains(client) || isIntegrator(client, jwt))) {
            return OAuth2TokenValidatorResult.success();
        }
        return OAuth2TokenValidatorResult.failure(FOREIGN_CLIENT);
    }

    private boolean isIntegrator(String client, Jwt jwt) {
        if (integratorRole == null || integratorRole.isBlank() || KEYCLOAK_CLIENTS.contains(client)) {
            return false;
        }
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        return realmAccess != null && realmAccess.get("roles") instanceof Collection<?> roles && roles.contains(integratorRole);
    }
}
