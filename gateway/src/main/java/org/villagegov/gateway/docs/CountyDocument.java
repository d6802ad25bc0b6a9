package org.villagegov.gateway.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A document as one county's integrators see it: served by this gateway ({@code servers: [{url: "/"}]},
 * whatever the service said), and with an {@code oauth2} scheme whose authorization-code flow logs in
 * to that county's realm. Wherever the document asks for the {@code bearer} scheme, {@code oauth2}
 * is offered as the alternative, so Swagger UI sends the token it got from the login; an operation
 * that needs no token ({@code security: []}) stays so.
 */
final class CountyDocument {

    static final String OAUTH2 = "oauth2";
    static final String BEARER = "bearer";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private CountyDocument() {
    }

    /**
     * @param document the document as its service (or the gateway) made it; changed in place
     * @param county   the county's id
     * @param issuer   the county's issuer from the tenant registry, {@code <keycloak>/realms/<county>}
     * @param clientId the realm's public client Swagger UI logs in with
     */
    static ObjectNode rewrite(ObjectNode document, String county, String issuer, String clientId) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ArrayNode servers = document.putArray("servers");
        servers.addObject().put("url", "/").put("description", "This gateway");

        ObjectNode components = document.get("components") instanceof ObjectNode existing ? existing : document.putObject("components");
        ObjectNode schemes = components.get("securitySchemes") instanceof ObjectNode existing ? existing
                : components.putObject("securitySchemes");
        ObjectNode flow = nodes.objectNode()
                .put("authorizationUrl", issuer + "/protocol/openid-connect/auth")
                .put("tokenUrl", issuer + "/protocol/openid-connect/token")
                .put("refreshUrl", issuer + "/protocol/openid-connect/token");
        flow.putObject("scopes");
        ObjectNode oauth = nodes.objectNode()
                .put("type", "oauth2")
                .put("description", "Log in to county " + county + "'s realm (client " + clientId
                        + ", authorization code with PKCE); the token is sent as a bearer token");
        oauth.putObject("flows").set("authorizationCode", flow);
        schemes.set(OAUTH2, oauth);

        offerOAuth(document.get("security"));
        if (document.get("paths") instanceof ObjectNode paths) {
            for (Map.Entry<String, JsonNode> path : paths.properties()) {
                for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                    if (METHODS.contains(operation.getKey())) {
                        offerOAuth(operation.getValue().get("security"));
                    }
                }
            }
        }
        return document;
    }

    /** Each requirement naming {@code bearer} gets a twin naming {@code oauth2} instead, right after it. */
    private static void offerOAuth(JsonNode security) {
        if (!(security instanceof ArrayNode requirements)) {
            return;
        }
        List<JsonNode> rewritten = new ArrayList<>();
        for (JsonNode requirement : requirements) {
            rewritten.add(requirement);
            if (requirement instanceof ObjectNode named && named.has(BEARER) && !named.has(OAUTH2)) {
                ObjectNode twin = JsonNodeFactory.instance.objectNode();
                for (Map.Entry<String, JsonNode> scheme : named.properties()) {
                    twin.set(BEARER.equals(scheme.getKey()) ? OAUTH2 : scheme.getKey(), scheme.getValue().deepCopy());
                }
                if (!requirements.valueStream().anyMatch(twin::equals)) {
                    rewritten.add(twin);
                }
            }
        }
        requirements.removeAll();
        requirements.addAll(rewritten);
    }
}
