package org.villagegov.gateway.config;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where Keycloak and the console are, the registry's shared key, how long lookups are remembered, and the rate limits. */
@ConfigurationProperties("gateway")
public class GatewayProperties {

    /** The one public Keycloak URL: every token's issuer is {@code <public-url>/realms/<tenant>}. */
    private String keycloakPublicUrl = "http://localhost:8180";

    /**
     * The console's public address as people's browsers see it (the gateway's own address): the
     * {@code web-console} client of every county realm accepts logins returning there.
     */
    private String consoleUrl = "http://localhost:8080";

    /** Where the gateway reaches Keycloak's admin API; the public URL unless set. */
    private String keycloakAdminUrl;

    private String keycloakAdminUser = "admin";

    private String keycloakAdminPassword;

    /** Secret of the services' confidential clients in every county realm. */
    private String serviceClientSecret;

    /** Shared secret the services send to read {@code /internal/tenants}. */
    private String registryKey;

    /** Province of nobody: the platform realm's id. */
    private String platformRealm = "platform";

    private Duration registryCacheTtl = Duration.ofSeconds(10);

    /**
     * An issuer a registry reload did not find is refused without looking again for this long:
     * a forged token's made-up issuer must not turn every request into a registry read. Onboarding
     * on this instance clears it at once; other instances accept a new county after at most this.
     */
    private Duration unknownIssuerTtl = Duration.ofSeconds(30);

    /** A token of an issuer not in the registry snapshot reloads it only when the snapshot is older than this. */
    private Duration registryMissReloadInterval = Duration.ofSeconds(5);

    /** A token with a key id the cached key set lacks refetches the realm's key set at most this often. */
    private Duration jwksRefetchInterval = Duration.ofSeconds(30);

    private final RateLimit rateLimit = new RateLimit();

    public String getKeycloakPublicUrl() {
        return keycloakPublicUrl;
    }

    public void setKeycloakPublicUrl(String keycloakPublicUrl) {
        this.keycloakPublicUrl = keycloakPublicUrl;
    }

    /** Scheme, host and port of the public Keycloak URL: what the console's browser pages may talk to. */
    public String keycloakOrigin() {
        return originOf(keycloakPublicUrl, "gateway.keycloak-public-url");
    }

    public String getConsoleUrl() {
        return consoleUrl;
    }

    public void setConsoleUrl(String consoleUrl) {
        this.consoleUrl = consoleUrl;
    }

    /** Scheme, host and port of the console's address. */
    public String consoleOrigin() {
        return originOf(consoleUrl, "gateway.console-url");
    }

    public String getKeycloakAdminUrl() {
        return keycloakAdminUrl != null ? keycloakAdminUrl : keycloakPublicUrl;
    }

    public void setKeycloakAdminUrl(String keycloakAdminUrl) {
        this.keycloakAdminUrl = keycloakAdminUrl;
    }

    public String getKeycloakAdminUser() {
        return keycloakAdminUser;
    }

    public void setKeycloakAdminUser(String keycloakAdminUser) {
        this.keycloakAdminUser = keycloakAdminUser;
    }

    public String getKeycloakAdminPassword() {
        return keycloakAdminPassword;
    }

    public void setKeycloakAdminPassword(String keycloakAdminPassword) {
        this.keycloakAdminPassword = keycloakAdminPassword;
    }

    public String getServiceClientSecret() {
        return serviceClientSecret;
    }

    public void setServiceClientSecret(String serviceClientSecret) {
        this.serviceClientSecret = serviceClientSecret;
    }

    public String getRegistryKey() {
        return registryKey;
    }

    public void setRegistryKey(String registryKey) {
        this.registryKey = registryKey;
    }

    public String getPlatformRealm() {
        return platformRealm;
    }

    public void setPlatformRealm(String platformRealm) {
        this.platformRealm = platformRealm;
    }

    public Duration getRegistryCacheTtl() {
        return registryCacheTtl;
    }

    public void setRegistryCacheTtl(Duration registryCacheTtl) {
        this.registryCacheTtl = registryCacheTtl;
    }

    public Duration getUnknownIssuerTtl() {
        return unknownIssuerTtl;
    }

    public void setUnknownIssuerTtl(Duration unknownIssuerTtl) {
        this.unknownIssuerTtl = unknownIssuerTtl;
    }

    public Duration getRegistryMissReloadInterval() {
        return registryMissReloadInterval;
    }

    public void setRegistryMissReloadInterval(Duration registryMissReloadInterval) {
        this.registryMissReloadInterval = registryMissReloadInterval;
    }

    public Duration getJwksRefetchInterval() {
        return jwksRefetchInterval;
    }

    public void setJwksRefetchInterval(Duration jwksRefetchInterval) {
        this.jwksRefetchInterval = jwksRefetchInterval;
    }

    public RateLimit getRateLimit() {
        return rateLimit;
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

    /** Tokens per second per tenant and client, and the burst allowed above it. */
    public static class RateLimit {

        private int replenishRate = 50;

        private int burstCapacity = 100;

        public int getReplenishRate() {
            return replenishRate;
        }

        public void setReplenishRate(int replenishRate) {
            this.replenishRate = replenishRate;
        }

        public int getBurstCapacity() {
            return burstCapacity;
        }

        public void setBurstCapacity(int burstCapacity) {
            this.burstCapacity = burstCapacity;
        }
    }
}
