package org.villagegov.platform.config;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What a service tells the platform about itself.
 *
 * @param serviceName    short service name: prefix of its databases ({@code points} -> {@code points_daye}) and of its
 *                       API ({@code /api/v1/points}); defaults to the application name without "-service"
 * @param apiPrefix      base path of the service's API, {@code /api/v1/<service-name>} unless set
 * @param maxBodySize    the largest request body accepted
 * @param serviceAccount this service's confidential client in every county realm
 * @param security       whose tokens count
 */
@ConfigurationProperties("platform")
public record PlatformProperties(String serviceName, String apiPrefix, @DefaultValue("512KB") DataSize maxBodySize,
                                 @DefaultValue ServiceAccount serviceAccount, @DefaultValue Security security) {

    /**
     * Whose tokens count, by the token's authorized party ({@code azp}). The gateway reads the
     * same properties, so the edge and the services never disagree.
     *
     * @param allowedClients    the production realms' own clients: the console and the services' accounts (this
     *                          service's own is added)
     * @param additionalClients accepted on top of {@code allowedClients}, empty in production: the local stack puts
     *                          its password-grant demo client here, so the defaults never have to be repeated to add one
     * @param integratorRole    any other client counts only when its token carries this realm role (integrators'
     *                          service accounts)
     */
    public record Security(
            @DefaultValue({"web-console", "council-service", "grid-service", "points-service", "mediation-service"})
            List<String> allowedClients,
            @DefaultValue List<String> additionalClients,
            @DefaultValue("integrator") String integratorRole) {

        public Security {
            allowedClients = List.copyOf(allowedClients);
            additionalClients = List.copyOf(additionalClients);
        }
    }

    /** This service's confidential client in every county realm (client-credentials grant). */
    public record ServiceAccount(String clientId, String clientSecret) {
    }
}
