package org.villagegov.platform.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature: {@code v1,} + base64 of HMAC-SHA256, keyed with the secret's
 * base64-decoded bytes (after {@code whsec_}), over {@code <webhook-id>.<webhook-timestamp>.<body>}.
 * See https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md
 */
final class WebhookSignature {

    static final String SECRET_PREFIX = "whsec_";
    static final String VERSION = "v1,";

    private WebhookSignature() {
    }

    static String sign(String secret, String id, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keyBytes(secret), "HmacSHA256"));
            byte[] digest = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return VERSION + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Whether any of the space-separated signatures of a {@code webhook-signature} header is the secret's (constant time). */
    static boolean verify(String secret, String id, long timestamp, String body, String header) {
        byte[] expected = sign(secret, id, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        boolean found = false;
        for (String candidate : header.split(" ")) {
            found |= MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.US_ASCII));
        }
        return found;
    }

    private static byte[] keyBytes(String secret) {
        String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        return Base64.getDecoder().decode(encoded);
    }
}
