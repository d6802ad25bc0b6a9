package org.villagegov.platform.config;

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
