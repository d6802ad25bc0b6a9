package org.villagegov.gateway.console;

import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.villagegov.gateway.config.GatewayProperties;
import org.villagegov.gateway.tenant.County;
import org.villagegov.gateway.tenant.RealmProvisioner;
import org.villagegov.gateway.tenant.TenantDirectory;
import reactor.core.publisher.Mono;

/**
 * {@code /console-config.json}: what the console needs before anyone logs in. Public, so it names
 * the active counties by id and name only: no issuers, provinces, statuses or secrets.
 */
@Component
class ConsoleConfigHandler {

    /** The platform's one time zone (platform's CountyTime; the gateway cannot use that servlet library). */
    static final String TIME_ZONE = "Asia/Shanghai";

    private final TenantDirectory directory;
    private final GatewayProperties properties;

    ConsoleConfigHandler(TenantDirectory directory, GatewayProperties properties) {
        this.directory = directory;
        this.properties = properties;
    }

    record ConsoleConfig(String keycloakUrl, String platformRealm, String clientId, String timeZone, List<County> counties) {
    }

    Mono<ServerResponse> config(ServerRequest request) {
        return directory.activeCounties().flatMap(counties -> ServerResponse.ok()
                // a county onboarded or suspended shows at the next start of the console, not a day later
                .cacheControl(CacheControl.noCache())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new ConsoleConfig(properties.keycloakPublicUrl(), properties.platformRealm(),
                        RealmProvisioner.CONSOLE_CLIENT, TIME_ZONE, counties)));
    }
}
