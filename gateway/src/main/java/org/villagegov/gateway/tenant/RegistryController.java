package org.villagegov.gateway.tenant;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ResponseStatusException;
import org.villagegov.gateway.config.GatewayProperties;
import org.villagegov.gateway.management.ManagementController;
import reactor.core.publisher.Mono;

/**
 * The registry as the services read it (platform's RemoteTenantRegistry): every onboarded
 * county with its exact issuer, province, status and database cluster, plus the platform realm
 * (whose databases, the services' own, are on the main cluster). Served on the management port
 * only, which nothing outside the namespace reaches, and guarded by a shared key; during a rotation
 * the previous key is accepted too.
 */
@ManagementController
class RegistryController {

    private final TenantDirectory directory;
    private final GatewayProperties properties;

    RegistryController(TenantDirectory directory, GatewayProperties properties) {
        this.directory = directory;
        this.properties = properties;
    }

    record Entry(String id, String issuer, String province, String status, String cluster) {
    }

    @GetMapping("/internal/tenants")
    Mono<List<Entry>> tenants(@RequestHeader(name = "X-Registry-Key", required = false) String key) {
        if (!matches(key)) {
            return Mono.error(new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Registry key required"));
        }
        return directory.all().map(all -> all.stream()
                .map(t -> new Entry(t.tenant(), t.issuer(), t.province(), t.active() ? "ACTIVE" : "SUSPENDED", t.cluster()))
                .sorted(java.util.Comparator.comparing(Entry::id))
                .toList());
    }

    private boolean matches(String key) {
        return matches(properties.registryKey(), key) || matches(properties.previousRegistryKey(), key);
    }

    private static boolean matches(String expected, String key) {
        return expected != null && !expected.isBlank() && key != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), key.getBytes(StandardCharsets.UTF_8));
    }
}
