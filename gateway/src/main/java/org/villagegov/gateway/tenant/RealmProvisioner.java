package org.villagegov.gateway.tenant;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.villagegov.gateway.config.GatewayProperties;

/**
 * Creates a county's realm in Keycloak from the one template (roles, clients, token
 * mappers) with the admin client. Idempotent: an existing realm is left as it is, so a
 * retried onboarding never creates duplicates. Blocking: call it off the event loop.
 */
@Component
public class RealmProvisioner {

    static final String TEMPLATE = "keycloak/county-realm-template.json";

    private final GatewayProperties properties;
    private final String template;

    RealmProvisioner(GatewayProperties properties) throws IOException {
        this.properties = properties;
        try (InputStream in = new ClassPathResource(TEMPLATE).getInputStream()) {
            this.template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    public void ensureRealm(String tenant, String name) {
        try (Keycloak keycloak = admin()) {
            if (exists(keycloak, tenant)) {
                return;
            }
            keycloak.realms().create(realmFor(tenant, name));
        }
    }

    /**
     * Registers a machine client of the county (a county app, a hotline system): a confidential
     * client with the client-credentials grant whose service account has the realm role
     * {@code integrator}. Returns its secret, which Keycloak generated; null if the client exists.
     */
    public String createIntegrator(String tenant, String clientId, String name) {
        try (Keycloak keycloak = admin()) {
            RealmResource realm = keycloak.realm(tenant);
            if (!realm.clients().findByClientId(clientId).isEmpty()) {
                return null;
            }
            ClientRepresentation client = new ClientRepresentation();
            client.setClientId(clientId);
            client.setName(name);
            client.setPublicClient(false);
            client.setServiceAccountsEnabled(true);
            client.setStandardFlowEnabled(false);
            client.setDirectAccessGrantsEnabled(false);
            try (Response created = realm.clients().create(client)) {
                if (created.getStatus() == 409) {
                    return null;
                }
                if (created.getStatus() != 201) {
                    throw new IllegalStateException("Keycloak answered " + created.getStatus() + " creating client " + clientId);
                }
            }
            String id = realm.clients().findByClientId(clientId).getFirst().getId();
            ClientResource resource = realm.clients().get(id);
            RoleRepresentation integrator = realm.roles().get("integrator").toRepresentation();
            realm.users().get(resource.getServiceAccountUser().getId()).roles().realmLevel().add(List.of(integrator));
            return resource.getSecret().getValue();
        }
    }

    private static boolean exists(Keycloak keycloak, String tenant) {
        try {
            keycloak.realm(tenant).toRepresentation();
            return true;
        } catch (NotFoundException absent) {
            return false;
        }
    }

    RealmRepresentation realmFor(String tenant, String name) {
        String json = template
                .replace("__TENANT_NAME__", jsonText(name))
                .replace("__TENANT__", tenant)
                .replace("__SERVICE_SECRET__", jsonText(properties.getServiceClientSecret()));
        try {
            return new ObjectMapper().readValue(json, RealmRepresentation.class);
        } catch (IOException e) {
            throw new IllegalStateException("The county realm template is not valid", e);
        }
    }

    private Keycloak admin() {
        return KeycloakBuilder.builder()
                .serverUrl(properties.getKeycloakAdminUrl())
                .realm("master")
                .clientId("admin-cli")
                .username(properties.getKeycloakAdminUser())
                .password(properties.getKeycloakAdminPassword())
                .build();
    }

    private static String jsonText(String value) {
        return value == null ? "" : value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
