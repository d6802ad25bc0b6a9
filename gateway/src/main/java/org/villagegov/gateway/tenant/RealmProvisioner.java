package org.villagegov.gateway.tenant;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
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
 * mappers, Chinese-first login pages) with the admin client, its {@code web-console} client
 * accepting logins that return to the console's address ({@code gateway.console-url}).
 * Idempotent: an existing realm is left as it is, so a retried onboarding never creates
 * duplicates, except that its console client is given the console's address if it lacks it
 * (so {@code provision} also updates realms made before the address was set or changed).
 * Blocking: call it off the event loop.
 */
@Component
public class RealmProvisioner {

    static final String TEMPLATE = "keycloak/county-realm-template.json";

    /** The browser console's public client (authorization code + PKCE) in every realm. */
    public static final String CONSOLE_CLIENT = "web-console";

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
                acceptConsoleIn(keycloak.realm(tenant));
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
                .replace("__SERVICE_SECRET__", jsonText(properties.serviceClientSecret()));
        RealmRepresentation realm;
        try {
            realm = new ObjectMapper().readValue(json, RealmRepresentation.class);
        } catch (IOException e) {
            throw new IllegalStateException("The county realm template is not valid", e);
        }
        realm.getClients().stream().filter(client -> CONSOLE_CLIENT.equals(client.getClientId()))
                .forEach(this::acceptConsole);
        return realm;
    }

    private void acceptConsoleIn(RealmResource realm) {
        for (ClientRepresentation client : realm.clients().findByClientId(CONSOLE_CLIENT)) {
            if (acceptConsole(client)) {
                realm.clients().get(client.getId()).update(client);
            }
        }
    }

    /**
     * Logins may return to any page of the console, and the console's origin may call the token
     * endpoint: Keycloak's web origin "+" takes origins from the redirect URIs, but none from one
     * with a wildcard port such as the template's {@code http://localhost:*}, so the origin is
     * listed as well. Answers whether anything was missing.
     */
    boolean acceptConsole(ClientRepresentation client) {
        String consoleUrl = properties.consoleUrl().trim().replaceAll("/+$", "");
        List<String> redirects = client.getRedirectUris() == null ? new ArrayList<>() : new ArrayList<>(client.getRedirectUris());
        List<String> origins = client.getWebOrigins() == null ? new ArrayList<>() : new ArrayList<>(client.getWebOrigins());
        boolean redirectAdded = addMissing(redirects, consoleUrl + "/*");
        boolean originAdded = addMissing(origins, properties.consoleOrigin());
        client.setRedirectUris(redirects);
        client.setWebOrigins(origins);
        return redirectAdded || originAdded;
    }

    private static boolean addMissing(List<String> values, String value) {
        return !values.contains(value) && values.add(value);
    }

    private Keycloak admin() {
        return KeycloakBuilder.builder()
                .serverUrl(properties.keycloakAdminUrl())
                .realm("master")
                .clientId("admin-cli")
                .username(properties.keycloakAdminUser())
                .password(properties.keycloakAdminPassword())
                .build();
    }

    private static String jsonText(String value) {
        return value == null ? "" : value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
