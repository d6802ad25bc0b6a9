package org.villagegov.gateway.config;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whose tokens count, by the token's authorized party ({@code azp}). The same
 * {@code platform.security.*} properties as in every service, so one setting (e.g. the local
 * stack's demo client) reaches the edge and the services alike and they never disagree.
 */
@ConfigurationProperties("platform.security")
public class ClientProperties {

    /** The production realms' own clients: the console and the services' accounts. */
    private List<String> allowedClients = new ArrayList<>(List.of("web-console", "council-service", "grid-service",
            "points-service", "mediation-service"));

    /** Accepted on top of {@link #allowedClients}, empty in production (the local stack adds its demo client). */
    private List<String> additionalClients = new ArrayList<>();

    /** Any other client counts only when its token carries this realm role (integrators' service accounts). */
    private String integratorRole = "integrator";

    public List<String> getAllowedClients() {
        return allowedClients;
    }

    public void setAllowedClients(List<String> allowedClients) {
        this.allowedClients = allowedClients;
    }

    public List<String> getAdditionalClients() {
        return additionalClients;
    }

    public void setAdditionalClients(List<String> additionalClients) {
        this.additionalClients = additionalClients;
    }

    public String getIntegratorRole() {
        return integratorRole;
    }

    public void setIntegratorRole(String integratorRole) {
        this.integratorRole = integratorRole;
    }

    /** The allowed and the additional clients together. */
    public List<String> clients() {
        List<String> all = new ArrayList<>(allowedClients);
        all.addAll(additionalClients);
        return all;
    }
}
