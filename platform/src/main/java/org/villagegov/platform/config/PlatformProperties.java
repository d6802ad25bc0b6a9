package org.villagegov.platform.config;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** What a service tells the platform about itself. */
@ConfigurationProperties("platform")
public class PlatformProperties {

    /**
     * Short service name: prefix of its databases ({@code points} -> {@code points_daye}) and
     * of its API ({@code /api/v1/points}). Defaults to the application name without "-service".
     */
    private String serviceName;

    /** Base path of the service's API, {@code /api/v1/<service-name>} unless set. */
    private String apiPrefix;

    private DataSize maxBodySize = DataSize.ofKilobytes(512);

    private final ServiceAccount serviceAccount = new ServiceAccount();

    private final Security security = new Security();

    public String getServiceName() {
        return serviceName;
    }

    public void setServiceName(String serviceName) {
        this.serviceName = serviceName;
    }

    public String getApiPrefix() {
        return apiPrefix;
    }

    public void setApiPrefix(String apiPrefix) {
        this.apiPrefix = apiPrefix;
    }

    public DataSize getMaxBodySize() {
        return maxBodySize;
    }

    public void setMaxBodySize(DataSize maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    public ServiceAccount getServiceAccount() {
        return serviceAccount;
    }

    public Security getSecurity() {
        return security;
    }

    /**
     * Whose tokens count, by the token's authorized party ({@code azp}). The gateway reads the
     * same properties, so the edge and the services never disagree.
     */
    public static class Security {

        /** The production realms' own clients: the console and the services' accounts (this service's own is added). */
        private List<String> allowedClients = new ArrayList<>(List.of("web-console", "council-service", "grid-service",
                "points-service", "mediation-service"));

        /**
         * Accepted on top of {@link #allowedClients}, empty in production: the local stack puts its
         * password-grant demo client here, so the defaults never have to be repeated to add one.
         */
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
    }

    /** This service's confidential client in every county realm (client-credentials grant). */
    public static class ServiceAccount {

        private String clientId;

        private String clientSecret;

        public String getClientId() {
            return clientId;
        }

        public void setClientId(String clientId) {
            this.clientId = clientId;
        }

        public String getClientSecret() {
            return clientSecret;
        }

        public void setClientSecret(String clientSecret) {
            this.clientSecret = clientSecret;
        }
    }
}
