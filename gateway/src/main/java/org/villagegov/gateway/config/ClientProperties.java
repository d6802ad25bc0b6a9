package org.villagegov.gateway.config;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whose tokens count, by the token's authorized party ({@code azp}). The same
 * {@code platform.security.*} properties as in every service, so one setting (e.g. the local
 * stack's demo client) reaches the edge and the services alike and they never disagree.
 *
 * @param allowedClients    the production realms' own clients: the console and the services' accounts
 * @param additionalClients accepted on top of {@code allowedClients}, empty in production (the local stack adds its
 *                          demo client)
 * @param integratorRole    any other client counts only when its token carries this realm role (integrators'
 *                          service accounts)
 */
@ConfigurationProperties("platform.security")
public record ClientProperties(
        @DefaultValue({"web-console", "council-service", "grid-service", "points-service", "mediation-service"})
        List<String> allowedClients,
        @DefaultValue List<String> additionalClients,
        @DefaultValue("integrator") String integratorRole) {

    public ClientProperties {
        allowedClients = List.copyOf(allowedClients);
        additionalClients = List.copyOf(additionalClients);
    }

    /** The allowed and the additional clients together. */
    public List<String> clients() {
        List<String> all = new ArrayList<>(allowedClients);
        all.addAll(additionalClients);
        return List.copyOf(all);
    }
}
