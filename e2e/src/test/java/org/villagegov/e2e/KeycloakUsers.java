package org.villagegov.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

/** Creates users in a realm with Keycloak's admin API, as a county administrator would. */
final class KeycloakUsers {

    private KeycloakUsers() {
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

    private static String adminPassword() {
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
