package org.villagegov.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/** Creates users in a realm with Keycloak's admin API, as a county administrator would. */
final class KeycloakUsers {

    /** Realms known to have the demo login client (infra/demo.py adds it to the demo's realms). */
    private static final Set<String> WITH_DEMO_LOGIN = ConcurrentHashMap.newKeySet();

    private KeycloakUsers() {
    }

    /**
     * Makes sure a realm has the stack's password-grant client, with the console's claim mappers:
     * infra/demo.py adds it to the demo's realms, this to the realms a test onboards.
     */
    static void ensureDemoLogin(String realm) {
        if (WITH_DEMO_LOGIN.contains(realm)) {
            return;
        }
        String admin = Http.adminToken(adminPassword());
        String clients = Stack.KEYCLOAK + "/admin/realms/" + realm + "/clients";
        if (Http.get(clients + "?clientId=" + Stack.DEMO_LOGIN_CLIENT, admin).json().isEmpty()) {
            JsonNode console = Http.get(clients + "?clientId=web-console", admin).json().get(0);
            List<Map<String, Object>> mappers = new ArrayList<>();
            for (JsonNode mapper : console.path("protocolMappers")) {
                Map<String, Object> copy = Http.JSON.convertValue(mapper, new TypeReference<Map<String, Object>>() {
                });
                copy.remove("id");
                mappers.add(copy);
            }
            Http.Answer created = Http.post(clients, admin, Map.of("clientId", Stack.DEMO_LOGIN_CLIENT,
                    "publicClient", true, "standardFlowEnabled", false, "directAccessGrantsEnabled", true,
                    "serviceAccountsEnabled", false, "protocolMappers", mappers));
            if (created.status() != 201 && created.status() != 409) {
                throw new IllegalStateException("Demo login client not created in " + realm + ": " + created.status()
                        + " " + created.body());
            }
        }
        WITH_DEMO_LOGIN.add(realm);
    }

    static void create(String realm, String username, String role, Map<String, String> attributes) {
        String admin = Http.adminToken(adminPassword());
        Map<String, Object> user = Map.of("username", username, "enabled", true, "email", username + "@" + realm + ".example",
                "emailVerified", true, "firstName", "Test", "lastName", "User",
                "attributes", attributes.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                        e -> List.of(e.getValue()))),
                "credentials", List.of(Map.of("type", "password", "value", Stack.DEMO_PASSWORD, "temporary", false)));
        Http.Answer created = Http.post(Stack.KEYCLOAK + "/admin/realms/" + realm + "/users", admin, user);
        if (created.status() != 201 && created.status() != 409) {
            throw new IllegalStateException("User not created: " + created.status() + " " + created.body());
        }
        String id = Http.get(Stack.KEYCLOAK + "/admin/realms/" + realm + "/users?exact=true&username=" + username, admin)
                .json().get(0).get("id").asString();
        Http.Answer roleRep = Http.get(Stack.KEYCLOAK + "/admin/realms/" + realm + "/roles/" + role, admin);
        Http.post(Stack.KEYCLOAK + "/admin/realms/" + realm + "/users/" + id + "/role-mappings/realm", admin,
                "[" + roleRep.body() + "]");
    }

    static String adminPassword() {
        try {
            return Files.readAllLines(Stack.stackDir().resolve("secrets.env")).stream()
                    .filter(line -> line.startsWith("KEYCLOAK_ADMIN_PASSWORD="))
                    .map(line -> line.substring(line.indexOf('=') + 1))
                    .findFirst().orElseThrow();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
