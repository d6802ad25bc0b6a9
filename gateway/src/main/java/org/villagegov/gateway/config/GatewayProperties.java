package org.villagegov.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Keycloak and the console are, the registry's shared key, how long lookups are remembered,
 * and the rate limits ({@code gateway.*}; the service map is {@link RoutedServices}).
 *
 * @param keycloakPublicUrl          the one public Keycloak URL: every token's issuer is {@code <public-url>/realms/<tenant>}
 * @param consoleUrl                 the console's public address as people's browsers see it (the gateway's own
 *                                   address): the {@code web-console} client of every county realm accepts logins
 *                                   returning there
 * @param keycloakAdminUrl           where the gateway reaches Keycloak's admin API; the public URL unless set
 * @param keycloakAdminUser          Keycloak's admin account
 * @param keycloakAdminPassword      its password
 * @param serviceClientSecret        secret of the services' confidential clients in every county realm
 * @param registryKey                shared secret the services send to read {@code /internal/tenants} (management port)
 * @param previousRegistryKey        the key being replaced, also accepted while a rotation rolls out (docs/operations.md);
 *                                   unset otherwise
 * @param platformRealm              province of nobody: the platform realm's id
 * @param registryCacheTtl           how long a registry snapshot is used before it is read again
 * @param unknownIssuerTtl           an issuer a registry reload did not find is refused without looking again for this
 *                                   long: a forged token's made-up issuer must not turn every request into a registry
 *                                   read. Onboarding on this instance clears it at once; other instances accept a new
 *                                   county after at most this
 * @param registryMissReloadInterval a token of an issuer not in the registry snapshot reloads it only when the snapshot
 *                                   is older than this
 * @param jwksRefetchInterval        a token with a key id the cached key set lacks refetches the realm's key set at most
 *                                   this often
 * @param rateLimit                  tokens per second per tenant and client, and the burst allowed above it
 * @param indicatorsTimeout          how long the province overview waits for each service's indicators before it
 *                                   answers 503 naming the services that did not answer
 * @param databaseClusters           the services' database clusters onboarding may place a county on, by connection
 *                                   name ({@code main} is the services' {@code spring.mongodb.uri}, every other name
 *                                   one of their {@code platform.data.clusters}); a county registered without one is
 *                                   on {@code main}
 */
@ConfigurationProperties("gateway")
public record GatewayProperties(@DefaultValue("http://localhost:8180") String keycloakPublicUrl,
                                @DefaultValue("http://localhost:8080") String consoleUrl,
                                String keycloakAdminUrl,
                                @DefaultValue("admin") String keycloakAdminUser,
                                String keycloakAdminPassword,
                                String serviceClientSecret,
                                String registryKey,
                                String previousRegistryKey,
                                @DefaultValue("platform") String platformRealm,
                                @DefaultValue("10s") Duration registryCacheTtl,
                                @DefaultValue("30s") Duration unknownIssuerTtl,
                                @DefaultValue("5s") Duration registryMissReloadInterval,
                                @DefaultValue("30s") Duration jwksRefetchInterval,
                                @DefaultValue RateLimit rateLimit,
                                @DefaultValue("10s") Duration indicatorsTimeout,
                                @DefaultValue("main") List<String> databaseClusters) {

    private static final Pattern CLUSTER_NAME = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    public GatewayProperties {
        databaseClusters = List.copyOf(databaseClusters);
        if (databaseClusters.isEmpty()) {
            throw new IllegalArgumentException("gateway.database-clusters: name at least one cluster to place counties on");
        }
        for (String cluster : databaseClusters) {
            if (!CLUSTER_NAME.matcher(cluster).matches()) {
                throw new IllegalArgumentException("gateway.database-clusters: '" + cluster + "' is not a lowercase slug");
            }
        }
        if (Set.copyOf(databaseClusters).size() != databaseClusters.size()) {
            throw new IllegalArgumentException("gateway.database-clusters names a cluster twice: " + databaseClusters);
        }
    }

    /** Where the gateway reaches Keycloak's admin API: the public URL unless set. */
    @Override
    public String keycloakAdminUrl() {
        return keycloakAdminUrl != null ? keycloakAdminUrl : keycloakPublicUrl;
    }

    /** Scheme, host and port of the public Keycloak URL: what the console's browser pages may talk to. */
    public String keycloakOrigin() {
        return originOf(keycloakPublicUrl, "gateway.keycloak-public-url");
    }

    /** Scheme, host and port of the console's address. */
    public String consoleOrigin() {
        return originOf(consoleUrl, "gateway.console-url");
    }

    public String issuerOf(String realm) {
        return keycloakPublicUrl + "/realms/" + realm;
    }

    private static String originOf(String url, String property) {
        URI uri = url == null ? null : URI.create(url.trim());
        if (uri == null || uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw new IllegalStateException(property + " must be an absolute http(s) URL, not '" + url + "'");
        }
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    /**
     * Tokens per second per tenant and client, and the burst allowed above it.
     *
     * @param replenishRate tokens added per second
     * @param burstCapacity the most a bucket holds
     */
    public record RateLimit(@DefaultValue("50") int replenishRate, @DefaultValue("100") int burstCapacity) {
    }
}
