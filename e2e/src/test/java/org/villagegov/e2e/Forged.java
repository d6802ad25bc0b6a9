package org.villagegov.e2e;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

/** Tokens the platform must refuse, made here: signed by a key no realm has, or tampered with. */
final class Forged {

    private Forged() {
    }

    /** Keycloak-shaped claims for the realm, signed with a fresh RSA key of our own. */
    static String signedByUnknownKey(String realm, String role, boolean expired) {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var keys = generator.generateKeyPair();
            long now = Instant.now().getEpochSecond();
            long exp = expired ? now - 600 : now + 300;
            String header = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + new BigInteger(64, new java.util.Random()) + "\"}");
            String claims = base64("{\"iss\":\"" + Stack.KEYCLOAK + "/realms/" + realm + "\",\"sub\":\"forger\",\"azp\":\"web-console\","
                    + "\"exp\":" + exp + ",\"iat\":" + (now - 10) + ",\"realm_access\":{\"roles\":[\"" + role + "\"]}}");
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(keys.getPrivate());
            signature.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
            return header + "." + claims + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A real token whose payload was changed after signing (role raised to county-admin). */
    static String tampered(String realToken) {
        String[] parts = realToken.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"roles\":[", "\"roles\":[\"county-admin\",");
        return parts[0] + "." + base64(payload) + "." + parts[2];
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
